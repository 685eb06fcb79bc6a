package io.purplemcp.domain.purpleai;

import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.testsupport.contracts.PurpleAiContract;

/** The domain's Purple AI fake answers as the console adapter does (PurpleAiContractTest there). */
class FakePurpleAiContractTest extends PurpleAiContract {

    private final FakePurpleAi purpleAi = new FakePurpleAi();

    @Override
    protected PurpleAi purpleAi() {
        return purpleAi;
    }
}
