package org.ippc.ecommerce.platform;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The kept first answers of creates sent with an Idempotency-Key. */
@ApplicationScoped
class IdempotentRequests implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Key> {}
