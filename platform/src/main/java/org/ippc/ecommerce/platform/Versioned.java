package org.ippc.ecommerce.platform;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * A record's view and the version its ETag is made of: what a service hands a resource for a read or an
 * update, so that the resource answers with the ETag without touching the entity.
 */
public record Versioned<V>(V view, long version) {

    /** 200 with the view, tagged with its version. */
    public RestResponse<V> ok() {
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.etag(version)).build();
    }

    /** 201 with the view of the record just created, tagged with its version. */
    public RestResponse<V> created() {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                .tag(Versions.etag(version))
                .build();
    }
}
