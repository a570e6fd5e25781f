package org.causalworkbench.app.interference;

/**
 * One unit in the signature preview.
 *
 * @param id the unit id
 * @param treated the treatment, 0 or 1
 * @param outcome the outcome
 * @param covariate the covariate label, empty without covariates
 * @param signature the signature label, an exact fraction where possible
 */
public record UnitPreviewRow(String id, int treated, double outcome, String covariate,
        String signature) {
}
