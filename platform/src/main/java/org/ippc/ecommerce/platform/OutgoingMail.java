package org.ippc.ecommerce.platform;

import java.util.Map;

/**
 * A notification to send: to whom, in which of the six languages, from which template
 * ({@code templates/mail/<template>_<language>.txt}) with which values. {@code eventKey} names the event and the
 * recipient: the outbox keeps one mail per key, so an event noticed twice is mailed once.
 */
public record OutgoingMail(
        String eventKey, String address, String language, String template, Map<String, String> values) {}
