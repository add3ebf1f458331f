package org.ippc.ecommerce.resources.notification;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.MailOptOutEndpoint;
import org.ippc.ecommerce.platform.MailOptOuts;

@Path("/v1/mail-opt-outs")
@Tag(name = "Notifications", description = "E-mail notifications and opting out of them")
public class MailOptOutResource extends MailOptOutEndpoint {
    MailOptOutResource(MailOptOuts optOuts) {
        super(optOuts);
    }
}
