package io.purplemcp.sandbox.findings.misconfigurations;

import java.util.List;

/**
 * A posture rule that fails on some of the tenant's resources.
 *
 * @param viewType the list view it shows in ({@code CLOUD}, {@code KUBERNETES}, …)
 * @param name the finding's name
 * @param description what is wrong
 * @param severity the finding's severity
 * @param policyId the CNAPP policy id
 * @param policyGroup the policy group (benchmark)
 * @param standards the compliance standards the rule maps to
 * @param requirements the requirements of those standards
 * @param mitre technique id, technique name, tactic name, tactic id; empty when the rule has no mapping
 * @param exposureReason why the resource is exposed, or null
 * @param mitigation how to fix it
 * @param assets the affected assets: inventory names, {@code repo:<name>} for a code repository (not in
 *     the inventory), {@code @privileged-user:<n>} for the n-th administrator of Active Directory
 */
record Rule(
        String viewType,
        String name,
        String description,
        String severity,
        String policyId,
        String policyGroup,
        List<String> standards,
        List<String> requirements,
        List<String> mitre,
        String exposureReason,
        String mitigation,
        List<String> assets) {}
