package io.purplemcp.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassDataSharingTest {

    @Test
    void twoRunsThatLoadedTheSameClassesInAnotherOrderGiveTheSameList() {
        var first = List.of(
                "# NOTE: Do not modify this file.",
                "java/lang/Object id: 0",
                "io/purplemcp/bootstrap/Main id: 1",
                "@lambda-proxy io/purplemcp/bootstrap/Main run ()Ljava/lang/Runnable;",
                "@cp io/purplemcp/bootstrap/Main 1 2 3",
                "java/lang/String id: 2");
        var second = List.of(
                "java/lang/String id: 0",
                "@cp io/purplemcp/bootstrap/Main 1 3",
                "java/lang/Object id: 1",
                "@lambda-proxy io/purplemcp/bootstrap/Main run ()Ljava/lang/Runnable;",
                "io/purplemcp/bootstrap/Main id: 2");

        var canonical = ClassDataSharing.canonicalClassList(first);

        assertThat(canonical)
                .containsExactly(
                        "io/purplemcp/bootstrap/Main",
                        "java/lang/Object",
                        "java/lang/String",
                        "@lambda-proxy io/purplemcp/bootstrap/Main run ()Ljava/lang/Runnable;");
        assertThat(ClassDataSharing.canonicalClassList(second)).isEqualTo(canonical);
    }
}
