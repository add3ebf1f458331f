package org.ippc.ecommerce.registry.importjob;

import jakarta.persistence.Converter;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;

/** Where an import job is: waiting for its replica's worker, checking and writing, or done one way or the other. */
public enum ImportJobStatus implements Coded {
    QUEUED("queued"),
    RUNNING("running"),
    FINISHED("finished"),
    FAILED("failed");

    private final String code;

    ImportJobStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<ImportJobStatus> {
        public Column() {
            super(ImportJobStatus.class);
        }
    }
}
