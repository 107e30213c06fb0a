package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;

/** The manual's first models: Project (a class with attributes given at definition) and Task. */
final class ProjectsAndTasks implements Scenario {

    /** Sequelize's {@code class Project extends Model {}; Project.init({...})}. */
    public static final class Project extends Model {
    }

    @Override
    public String title() {
        return "Project and Task: defining models, sync, create, find";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Project> projects = sequelize.define(Project.class, List.of(
                attribute("title", STRING),
                attribute("description", TEXT)), ModelOptions.options().modelName("project"));
        ModelStatic<Model> tasks = sequelize.define("task", List.of(
                attribute("title", STRING),
                attribute("description", TEXT),
                attribute("deadline", DATE)));
        projects.sync(SyncOptions.syncOptions().force(true));
        tasks.sync(SyncOptions.syncOptions().force(true));
        out.println("tables: " + projects.tableName() + ", " + tasks.tableName());

        Project project = projects.create(Map.of("title", "Sequelize4j", "description", "Sequelize for the JVM"));
        out.println("created project #" + project.get("id") + " at " + project.get("createdAt"));
        Instant now = Instant.now();
        tasks.bulkCreate(List.of(
                Map.of("title", "Write the core", "deadline", now.plus(7, ChronoUnit.DAYS)),
                Map.of("title", "Write the docs", "deadline", now.plus(14, ChronoUnit.DAYS)),
                Map.of("title", "Measure it", "deadline", now.plus(3, ChronoUnit.DAYS))));
        List<Model> soon = tasks.findAll(query()
                .where(Op.lt("deadline", now.plus(10, ChronoUnit.DAYS)))
                .order(desc("deadline")));
        out.println("tasks due within 10 days: " + soon.stream().map(t -> t.get("title")).toList());
        out.println("project as JSON: " + projects.findByPk(project.get("id")).toJSON());
        tasks.drop();
        projects.drop();
    }
}
