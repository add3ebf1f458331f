package org.ippc.ecommerce.registry.trader;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

/** The import's COPY and the reader's select name exactly the columns {@link Trader} maps, as Hibernate maps them. */
@QuarkusTest
class TraderColumnsTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theColumnsTheImportCopiesAndTheReaderSelectsAreThoseTheEntityMaps() {
        assertThat(Trader.COLUMNS, containsInAnyOrder(mappedColumns().toArray(String[]::new)));
    }

    /** The id's column and those of every attribute; a collection the trader does not own has none. */
    private List<String> mappedColumns() {
        EntityPersister trader = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(Trader.class);
        List<String> columns = new ArrayList<>();
        SelectableConsumer addColumn = (index, selectable) -> columns.add(selectable.getSelectionExpression());
        trader.getIdentifierMapping().forEachSelectable(addColumn);
        trader.forEachSelectable(addColumn);
        return columns;
    }
}
