package org.ippc.ecommerce.resources.conventions;

import java.util.List;
import org.ippc.ecommerce.platform.testing.MigrationUpgradeConventions;

class MigrationUpgradeTest extends MigrationUpgradeConventions {
    @Override
    protected List<String> releasedVersions() {
        return List.of("2");
    }
}
