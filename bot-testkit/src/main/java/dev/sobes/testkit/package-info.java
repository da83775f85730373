/** What the tests of several modules share: a clock they move by hand. */
@NullMarked
package dev.sobes.testkit;

import org.jspecify.annotations.NullMarked;
