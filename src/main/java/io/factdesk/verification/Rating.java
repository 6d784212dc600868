package io.factdesk.verification;

/**
 * The desk's rating of a claim, from true to false, or unproven. Each graded rating has its place on a 1 (false)
 * to 6 (true) scale for ClaimReview's {@code ratingValue}; {@code UNPROVEN} has none.
 */
public enum Rating {

    TRUE(6, "True"),
    MOSTLY_TRUE(5, "Mostly true"),
    MIXED(4, "Mixed"),
    MISLEADING(3, "Misleading"),
    MOSTLY_FALSE(2, "Mostly false"),
    FALSE(1, "False"),
    UNPROVEN(null, "Unproven");

    static final int WORST = 1;
    static final int BEST = 6;

    private final Integer score;
    private final String label;

    Rating(Integer score, String label) {
        this.score = score;
        this.label = label;
    }

    /** The place on the 1 to 6 scale, or null for a rating that is no grade. */
    public Integer score() {
        return this.score;
    }

    /** The rating in words, as readers see it. */
    public String label() {
        return this.label;
    }
}
