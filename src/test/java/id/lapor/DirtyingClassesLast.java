package id.lapor;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The order of the test classes in a JVM (junit-platform.properties): as found, but the classes that discard their
 * Spring context ({@link DirtiesContext}) last, so that no class after them has to start the application again (15–20 s
 * on two cores).
 */
public class DirtyingClassesLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // a stable sort: the other classes keep their order
        context.getClassDescriptors().sort(Comparator.comparing(DirtyingClassesLast::dirtiesItsContext));
    }

    private static boolean dirtiesItsContext(ClassDescriptor descriptor) {
        return descriptor.isAnnotated(DirtiesContext.class);
    }
}
