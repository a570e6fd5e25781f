package org.causalworkbench.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that may write to {@code System.out} and {@code System.err}. The architecture
 * test rejects standard streams everywhere else, so a search for this annotation lists every
 * exception; only the command-line entry point should carry it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StandardStreamsAllowed {
}
