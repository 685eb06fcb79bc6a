package io.purplemcp.sandbox.findings.vulnerabilities;

/**
 * A CVE the tenant is exposed to, with the affected software and how many assets of which kind have it.
 * Scores are plausible, not authoritative.
 */
record Cve(
        String id,
        String title,
        String description,
        Double nvdBaseScore,
        double riskScore,
        double epssScore,
        double epssPercentile,
        String exploitMaturity,
        boolean exploitedInTheWild,
        boolean kevAvailable,
        String published,
        String vector,
        String software,
        String version,
        String fixVersion,
        String softwareType,
        String softwareVendor,
        String platform,
        int affected) {

    /** The NVD severity of the score. */
    String severity() {
        if (nvdBaseScore == null) {
            return "UNKNOWN";
        }
        return nvdBaseScore >= 9 ? "CRITICAL" : nvdBaseScore >= 7 ? "HIGH" : nvdBaseScore >= 4 ? "MEDIUM" : "LOW";
    }

    /** The EPSS bucket the {@code cveEpssScore} filter knows. */
    String epssBucket() {
        return epssScore < 0.35
                ? "0.0-0.35"
                : epssScore < 0.5 ? "0.35-0.5" : epssScore < 0.75 ? "0.5-0.75" : "0.75-1.0";
    }
}
