package org.ippc.ecommerce.registry.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class WebhookRepository implements PanacheRepository<WebhookSubscription> {

    List<Long> allIds() {
        return getEntityManager()
                .createQuery("select s.id from WebhookSubscription s order by s.id", Long.class)
                .getResultList();
    }

    List<WebhookSubscription> ofOrg(String org) {
        return list("org = ?1 order by id", org);
    }

    List<DeadLetter> deadLetters(long subscriptionId) {
        return getEntityManager()
                .createQuery("from DeadLetter d where d.subscriptionId = ?1 order by d.position", DeadLetter.class)
                .setParameter(1, subscriptionId)
                .getResultList();
    }
}
