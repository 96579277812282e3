package org.tresse.config.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A scalar Jackson read but Tresse refuses, located at that scalar. */
final class ValueProblem extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final transient InvalidField problem;

    ValueProblem(JsonParser parser, InvalidField problem) {
        super(parser, problem.english());
        this.problem = problem;
        initCause(problem);
    }

    InvalidField problem() {
        return problem;
    }
}
