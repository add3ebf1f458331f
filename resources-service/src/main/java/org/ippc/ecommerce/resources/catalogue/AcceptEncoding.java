package org.ippc.ecommerce.resources.catalogue;

import java.util.List;
import java.util.Locale;

/** What an {@code Accept-Encoding} request header (RFC 9110 §12.5.3) allows of gzip. */
final class AcceptEncoding {
    private AcceptEncoding() {}

    /**
     * Whether the client takes gzip: named ({@code gzip}, or its old name {@code x-gzip}) with a weight above 0, or
     * taken with any coding ({@code *}) and not refused by name. The header's lines are one list (RFC 9110 §5.3); no
     * header takes only the identity.
     */
    static boolean allowsGzip(List<String> headers) {
        Boolean named = null;
        boolean any = false;
        for (String coding : String.join(",", headers).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean acceptable = weight(parts) > 0;
            if (name.equals("gzip") || name.equals("x-gzip")) {
                named = named == Boolean.TRUE || acceptable;
            } else if (name.equals("*")) {
                any = acceptable;
            }
        }
        return named != null ? named : any;
    }

    /**
     * The {@code q} parameter's weight, 1 without one; a weight that cannot be read counts as 0, so that nothing is
     * sent against it.
     */
    private static double weight(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] parameter = parameters[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("q")) {
                try {
                    return parameter.length == 2 ? Double.parseDouble(parameter[1].strip()) : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
