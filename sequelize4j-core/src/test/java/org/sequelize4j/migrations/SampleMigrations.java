package org.sequelize4j.migrations;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.Catalog;

/** The migrations the tests run: Java ones and SQL files written into a folder. */
final class SampleMigrations {

    static final String TEAMS = "20260101000000-create-teams";
    static final String USERS = "20260101000001-create-users";
    static final String TEAM_ID = "20260101000002-add-team-to-users";
    static final String WIDEN = "20260101000003-widen-team-name";

    private SampleMigrations() {
    }

    /** teams(id, name). */
    static final class CreateTeams implements Migration {
        @Override
        public String name() {
            return TEAMS;
        }

        @Override
        public void up(MigrationContext context) {
            context.queryInterface().createTable("teams", List.of(
                    attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                    attribute("name", STRING(80)).allowNull(false)));
        }

        @Override
        public void down(MigrationContext context) {
            context.queryInterface().dropTable("teams");
        }
    }

    /** users.teamId referencing teams. */
    static final class AddTeamToUsers implements Migration {
        @Override
        public String name() {
            return TEAM_ID;
        }

        @Override
        public void up(MigrationContext context) {
            context.queryInterface().addColumn("users", "teamId",
                    attribute("teamId", INTEGER).references(References.table("teams")));
        }

        @Override
        public void down(MigrationContext context) {
            context.queryInterface().removeColumn("users", "teamId");
        }
    }

    /**
     * Changes a column of teams, which users references: on SQLite a table rebuild, which the
     * QueryInterface refuses inside a transaction with foreign keys on.
     */
    static final class WidenTeamName implements Migration {
        @Override
        public String name() {
            return WIDEN;
        }

        @Override
        public void up(MigrationContext context) {
            context.queryInterface().changeColumn("teams", "name", attribute("name", STRING(200)).allowNull(false));
        }

        @Override
        public void down(MigrationContext context) {
            context.queryInterface().changeColumn("teams", "name", attribute("name", STRING(80)).allowNull(false));
        }
    }

    /** Writes the SQL migration USERS (two statements) into a folder. */
    static void writeUsers(Path folder) throws IOException {
        Files.writeString(folder.resolve(USERS + ".up.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY,"
                + " email VARCHAR(100) NOT NULL);\n--;;\nCREATE INDEX users_email ON users (email);\n");
        Files.writeString(folder.resolve(USERS + ".down.sql"), "DROP TABLE users;\n");
    }

    /** Table names of the current database, through plain JDBC. */
    static List<String> tables(Sequelize sequelize) {
        return Catalog.tables(sequelize).stream().sorted().collect(Collectors.toList());
    }

    /** SequelizeMeta's names, through plain JDBC. */
    static List<String> meta(Sequelize sequelize) {
        return Catalog.jdbc(sequelize, "SELECT name FROM " + sequelize.dialect().quoteIdentifier("SequelizeMeta")
                + " ORDER BY name").stream().map(row -> (String) row.get("name")).toList();
    }

    static List<Map<String, Object>> rows(Sequelize sequelize, String sql) {
        return Catalog.jdbc(sequelize, sql);
    }
}
