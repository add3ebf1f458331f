package org.ippc.ecommerce.registry.conventions;

import org.ippc.ecommerce.platform.testing.MigrationUpgradeConventions;

class MigrationUpgradeTest extends MigrationUpgradeConventions {
    @Override
    protected String releasedVersion() {
        return "18";
    }
}
