package org.ippc.ecommerce.platform;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What every CSV upload shares: the character set its {@code Content-Type} names. */
public final class CsvUploads {
    private CsvUploads() {}

    /** The charset the Content-Type names, UTF-8 when it names none; an unknown one is a 400. */
    public static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            throw Problems.badRequest("Unknown charset '%s'.".formatted(name));
        }
    }
}
