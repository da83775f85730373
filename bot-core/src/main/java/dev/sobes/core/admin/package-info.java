/**
 * Running the bot: who may do what beyond practice. The {@link dev.sobes.core.admin.Desk} sits in
 * front of the engine; it takes uploaded packs, question reports and the administrators' commands
 * (reload content, counts, broadcast), and keeps each person's and each place's own packs visible to
 * them only (see {@link dev.sobes.core.admin.Library}). What it needs from the running application
 * is the {@link dev.sobes.core.admin.Operations} port.
 */
@NullMarked
package dev.sobes.core.admin;

import org.jspecify.annotations.NullMarked;
