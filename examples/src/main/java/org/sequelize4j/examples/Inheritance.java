package org.sequelize4j.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.annotations.BelongsTo;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.OnHook;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Validate;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.ValidationError;

/**
 * Model inheritance: seed 000's players (concrete table inheritance, each defined class a table of its
 * own with every inherited attribute, hook and validation), an abstract parent passing on its options,
 * and seed 002's form A of polymorphism — one comment model per commented model, each with a real
 * foreign key.
 */
final class Inheritance implements Scenario {

    // ---- seed 000: Player → Footballer, Player → Cricketer → Bowler -----------------------------------

    /** Never defined itself, so it has no table; its attribute, validation and hook are inherited. */
    public static class Player<M extends Player<M>> extends Model {
        @Validate.Len(min = 2) public String name;

        @OnHook(HookType.BEFORE_SAVE)
        void trimName() {
            if (name != null) {
                name = name.trim();
            }
        }
    }

    /** Table Footballers: id, name, club, timestamps. */
    public static class Footballer extends Player<Footballer> {
        public String club;
    }

    /** Table Cricketers: id, name, battingAverage, timestamps. */
    public static class Cricketer<M extends Cricketer<M>> extends Player<M> {
        public Double battingAverage;
    }

    /** Table Bowlers: every attribute of Player and Cricketer, and its own. */
    public static class Bowler extends Cricketer<Bowler> {
        public Double bowlingAverage;
    }

    // ---- an abstract parent whose options are inherited ----------------------------------------------

    /** No table; every model extending it is paranoid. */
    @Table.Abstract(paranoid = true)
    public abstract static class Audited extends Model {
        @NotNull public String createdBy;
    }

    /** Table Invoices: id, createdBy, totalCents, createdAt, updatedAt, deletedAt. */
    public static class Invoice extends Audited {
        public Integer totalCents;
    }

    // ---- seed 002, form A: one comment model per commented model -------------------------------------

    /** An article. */
    public static class Article extends Model {
        public String title;
    }

    /** A video. */
    public static class Video extends Model {
        public String title;
    }

    /** What every comment has; abstract, so no table. */
    @Table.Abstract
    public abstract static class AbstractComment extends Model {
        @NotNull public String content;
        @NotNull public Integer targetId;
    }

    /** Table ArticleComments; targetId references Articles. */
    public static class ArticleComment extends AbstractComment {
        @BelongsTo(target = Article.class, foreignKey = "targetId", inverse = @Inverse(as = "comments"))
        public Article target;
    }

    /** Table VideoComments; targetId references Videos. */
    public static class VideoComment extends AbstractComment {
        @BelongsTo(target = Video.class, foreignKey = "targetId", inverse = @Inverse(as = "comments"))
        public Video target;
    }

    @Override
    public String title() {
        return "Inheritance: Player, Footballer, Cricketer, Bowler; abstract Audited; ArticleComment and VideoComment";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Footballer> footballers = sequelize.define(Footballer.class);
        // Cricketer is generic, so Cricketer.class is raw: var keeps the raw ModelStatic<Cricketer> unwritten.
        var cricketers = sequelize.define(Cricketer.class);
        ModelStatic<Bowler> bowlers = sequelize.define(Bowler.class);
        ModelStatic<Invoice> invoices = sequelize.define(Invoice.class);
        ModelStatic<Article> articles = sequelize.define(Article.class);
        ModelStatic<Video> videos = sequelize.define(Video.class);
        ModelStatic<ArticleComment> articleComments = sequelize.define(ArticleComment.class);
        ModelStatic<VideoComment> videoComments = sequelize.define(VideoComment.class);
        // Only this scenario's tables: parents before the comments that refer to them.
        List<ModelStatic<?>> inOrder = List.of(footballers, cricketers, bowlers, invoices, articles, videos,
                articleComments, videoComments);
        for (ModelStatic<?> model : inOrder) {
            model.sync(SyncOptions.syncOptions().force(true));
        }

        // Concrete table inheritance: one table per defined class, holding what it declares and inherits
        for (ModelStatic<?> model : List.of(footballers, cricketers, bowlers)) {
            out.println(model.name() + " is stored in " + model.tableName() + ": " + attributes(model));
        }
        out.println("Player is a model: " + sequelize.isDefined("Player") + " (never defined, so no table)");

        Footballer pele = footballers.create(Map.of("name", "  Pelé ", "club", "Santos"));
        Cricketer<?> grace = cricketers.create(Map.of("name", "W. G. Grace", "battingAverage", 39.45));
        Bowler warne = bowlers.create(Map.of("name", "Warne ", "battingAverage", 17.32, "bowlingAverage", 25.41));
        out.println("Player's beforeSave hook trimmed the names: [" + footballers.findByPk(pele.get("id")).name + "], ["
                + bowlers.findByPk(warne.get("id")).name + "]; " + grace.name + " bats " + grace.battingAverage
                + "; Warne bowls " + warne.bowlingAverage);
        try {
            footballers.create(Map.of("name", "P", "club", "Nowhere"));
        } catch (ValidationError e) {
            out.println("Player's validation applies to Footballer: " + e.errors().get(0).path() + " - "
                    + e.errors().get(0).message());
        }
        out.println("each table holds its own rows: Footballers " + footballers.count() + ", Cricketers "
                + cricketers.count() + ", Bowlers " + bowlers.count());

        // An abstract parent: never a table, but its @Table.Abstract options are inherited
        try {
            sequelize.define(Audited.class);
        } catch (DefinitionError e) {
            out.println("define(Audited.class) refused: " + e.getMessage());
        }
        out.println("Invoice inherits paranoid = " + invoices.definition().isParanoid() + " from @Table.Abstract: "
                + attributes(invoices));
        Invoice invoice = invoices.create(Map.of("createdBy", "ada", "totalCents", 500));
        invoice.destroy();
        out.println("destroy() soft-deleted the invoice: findByPk -> " + invoices.findByPk(invoice.get("id"))
                + ", count(paranoid: false) = " + invoices.count(FindOptions.query().paranoid(false)));

        // Seed 002 form A: each comment model has a foreign key the database enforces
        for (ModelStatic<?> model : List.of(articleComments, videoComments)) {
            out.println(model.name() + " in " + model.tableName() + ": " + attributes(model) + ", targetId REFERENCES "
                    + referencedTable(sequelize, model.definition().attribute("targetId").references()));
        }
        Article article = articles.create(Map.of("title", "Intro"));
        Video video = videos.create(Map.of("title", "Clip"));
        HasManyAssociation<Article, ArticleComment> onArticle = articles.association("comments");
        HasManyAssociation<Video, VideoComment> onVideo = videos.association("comments");
        onArticle.create(article, Map.of("content", "Read it"));
        onArticle.create(article, Map.of("content", "Read it twice"));
        onVideo.create(video, Map.of("content", "Watched it"));
        out.println("article #" + article.get("id") + " has " + onArticle.count(article) + " comments, video #"
                + video.get("id") + " has " + onVideo.count(video) + ": "
                + onVideo.get(video).stream().map(c -> c.content).toList());
        BelongsToAssociation<VideoComment, Video> videoOf = videoComments.association("target");
        VideoComment comment = videoComments.findOne(FindOptions.query());
        out.println("videoComment.getTarget() -> Video \"" + videoOf.get(comment).title + "\"");
        try {
            articleComments.create(Map.of("content", "On nothing", "targetId", 999));
            out.println("a comment on article 999 was stored?");
        } catch (ForeignKeyConstraintError e) {
            out.println("a comment on missing article 999 fails: ForeignKeyConstraintError");
        }

        for (int i = inOrder.size() - 1; i >= 0; i--) {
            inOrder.get(i).drop();
        }
    }

    private static List<String> attributes(ModelStatic<?> model) {
        return model.definition().attributes().stream().map(a -> a.name()).toList();
    }

    /** The table a reference names: it may name its target by model name, class or handle. */
    private static String referencedTable(Sequelize sequelize, References references) {
        if (references == null) {
            return "nothing";
        }
        Object target = references.targetModel();
        if (target instanceof ModelStatic<?> model) {
            return model.tableName();
        }
        if (target instanceof Class<?> type) {
            return sequelize.model(type.asSubclass(Model.class)).tableName();
        }
        if (target instanceof String name) {
            return sequelize.model(name).tableName();
        }
        return references.targetTable();
    }
}
