package org.ippc.ecommerce.network.conventions;

import org.ippc.ecommerce.platform.testing.MigrationUpgradeConventions;

class MigrationUpgradeTest extends MigrationUpgradeConventions {
    @Override
    protected String releasedVersion() {
        return "6";
    }
}
