package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No dead links in the documentation (issue 23): README.md, every docs/**&#47;*.md and bench/results/README.md are
 * parsed with commonmark-java; every relative link and image must point at an existing file, and a link with a
 * fragment into a Markdown file at one of its headings, by GitHub's anchors (lower case, spaces to '-', punctuation
 * dropped, "-1", "-2" for repeated headings). External links (http, https, mailto) are not fetched. No Spring.
 */
class DocumentationLinksTests {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    @Test
    void everyRelativeLinkOfTheDocumentationPointsAtAFileAndHeadingThatExist() throws IOException {
        List<Path> files = documentationFiles();
        assertThat(files).as("README.md, docs/ and bench/results/README.md are found")
                .contains(Path.of("README.md"), Path.of("docs/architecture.md"), Path.of("bench/results/README.md"));

        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(deadLinks(file, Files.readString(file)));
        }

        assertThat(problems).as("dead links in the documentation").isEmpty();
    }

    @Test
    void aMissingFileAndAMissingHeadingAreReportedWithTheFileAndTheLink() {
        String markdown = """
                # Guide

                ## Roles and what each may do

                [fine](#roles-and-what-each-may-do), [fine too](architecture.md#adr-7-migrations-are-immutable),
                [no such file](docs/no-such-guide.md), [no such heading](#roles),
                [no such heading elsewhere](architecture.md#adr-99), ![no picture](no-picture.png),
                [external](https://example.org/missing), <https://example.org/also-not-fetched>
                """;

        List<String> problems = deadLinks(Path.of("docs/guide.md"), markdown);

        assertThat(problems).containsExactlyInAnyOrder(
                "docs/guide.md: docs/no-such-guide.md (no file docs/docs/no-such-guide.md)",
                "docs/guide.md: #roles (no heading with that anchor in docs/guide.md)",
                "docs/guide.md: architecture.md#adr-99 (no heading with that anchor in docs/architecture.md)",
                "docs/guide.md: no-picture.png (no file docs/no-picture.png)");
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(anchors("""
                # The complaint process (`complaint-handling.bpmn`)
                ## Query latency with 1,000,000 reports
                ## One report's footprint in the engine
                ## Tests
                ### Tests
                ## Routing: which agency is responsible (`processes/route-report.dmn`)
                ## Mode pelatihan: *panduan* sesi / Training mode
                """)).containsExactly(
                "the-complaint-process-complaint-handlingbpmn",
                "query-latency-with-1000000-reports",
                "one-reports-footprint-in-the-engine",
                "tests",
                "tests-1",
                "routing-which-agency-is-responsible-processesroute-reportdmn",
                "mode-pelatihan-panduan-sesi--training-mode");
    }

    private static List<Path> documentationFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        files.add(Path.of("bench/results/README.md"));
        return files;
    }

    /** The dead links of one Markdown file, each as "file: link (why)". */
    private List<String> deadLinks(Path file, String markdown) {
        List<String> problems = new ArrayList<>();
        for (String destination : destinations(PARSER.parse(markdown))) {
            if (destination.isBlank() || EXTERNAL.matcher(destination).find()) {
                continue;
            }
            int hash = destination.indexOf('#');
            String target = hash < 0 ? destination : destination.substring(0, hash);
            String fragment = hash < 0 ? null : destination.substring(hash + 1);
            Path targetFile = target.isEmpty() ? file : resolve(file, decode(target));
            if (!target.isEmpty() && !Files.exists(targetFile)) {
                problems.add(file + ": " + destination + " (no file " + targetFile + ")");
                continue;
            }
            if (fragment != null && !fragment.isEmpty() && targetFile.toString().endsWith(".md")) {
                Set<String> anchors = targetFile.equals(file) ? new HashSet<>(anchors(markdown)) : anchorsOf(targetFile);
                if (!anchors.contains(decode(fragment).toLowerCase(Locale.ROOT))) {
                    problems.add(file + ": " + destination + " (no heading with that anchor in " + targetFile + ")");
                }
            }
        }
        return problems;
    }

    private static Path resolve(Path file, String target) {
        Path base = file.getParent() == null ? Path.of("") : file.getParent();
        return base.resolve(target).normalize();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private Set<String> anchorsOf(Path file) {
        return anchorsByFile.computeIfAbsent(file, path -> {
            try {
                return new HashSet<>(anchors(Files.readString(path)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        });
    }

    private static List<String> destinations(Node document) {
        List<String> destinations = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destinations.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destinations.add(image.getDestination());
                visitChildren(image);
            }
        });
        return destinations;
    }

    /** GitHub's heading anchors of a Markdown text, in order, repeated headings numbered. */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String slug = slug(textOf(heading));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        });
        return anchors;
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                // tags are not part of the anchor
            }
        });
        return text.toString();
    }

    /** Lower case; letters, digits, '-', '_' and spaces kept, the rest dropped; each space a '-'. */
    static String slug(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }
}
