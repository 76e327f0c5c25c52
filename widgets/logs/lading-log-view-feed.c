/* lading-log-view-feed.c
 *
 * LadingLogView's ring of lines and how it reaches the terminal.  The ring
 * is bounded (#LadingLogView:scrollback-lines); new lines are fed from an
 * idle handler a few milliseconds at a time, so a container pouring out
 * lines never freezes the window.  The terminal can only append, so a
 * change to earlier lines resets it and feeds the whole ring again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#include "lading-log-format-private.h"
#include "lading-log-view-private.h"

/* How long one idle slice may spend formatting lines for the terminal. */
#define FEED_BUDGET_US 4000

static gboolean
feed_slice_cb (gpointer user_data)
{
  LadingLogView *self = user_data;
  gboolean timestamps = gtk_toggle_button_get_active (self->timestamps_button);
  g_autoptr(GString) out = g_string_sized_new (64 * 1024);
  gint64 deadline = g_get_monotonic_time () + FEED_BUDGET_US;
  GList *link = g_queue_peek_nth_link (&self->lines, self->lines.length - self->n_pending);

  for (; link != NULL; link = link->next)
    {
      _lading_log_format_line (out, link->data, timestamps);
      self->n_pending--;

      if (self->n_pending % 64 == 0 && g_get_monotonic_time () >= deadline)
        break;
    }

  vte_terminal_feed (self->terminal, out->str, out->len);

  if (self->n_pending > 0)
    return G_SOURCE_CONTINUE;

  self->feed_source = 0;
  return G_SOURCE_REMOVE;
}

void
_lading_log_view_schedule_feed (LadingLogView *self)
{
  if (self->feed_source == 0 && self->n_pending > 0)
    self->feed_source = g_idle_add (feed_slice_cb, self);
}

/* Empties the terminal and sets the modes the log is shown in: no cursor,
 * and with wrapping off, long lines cut at the right edge (DECAWM). */
void
_lading_log_view_reset_terminal (LadingLogView *self)
{
  gboolean wrap = gtk_toggle_button_get_active (self->wrap_button);

  /* VTE 0.70 ignores a reset while input is off. */
  vte_terminal_set_input_enabled (self->terminal, TRUE);
  vte_terminal_reset (self->terminal, TRUE, TRUE);
  vte_terminal_set_input_enabled (self->terminal, FALSE);
  vte_terminal_feed (self->terminal, "\033[?25l", -1);
  vte_terminal_feed (self->terminal, wrap ? "\033[?7h" : "\033[?7l", -1);
}

/* Shows the ring again from its start, the view on the same line. */
void
_lading_log_view_rebuild (LadingLogView *self)
{
  _lading_log_view_save_position (self);
  self->user_moved = FALSE;
  _lading_log_view_reset_terminal (self);
  self->n_pending = self->lines.length;
  _lading_log_view_schedule_feed (self);
}

void
_lading_log_view_append_line (LadingLogView *self,
                              LadingLogLine *line)
{
  g_queue_push_tail (&self->lines, line);
  self->n_pending++;

  while (self->lines.length > self->max_lines)
    lading_log_line_free (g_queue_pop_head (&self->lines));
  self->n_pending = MIN (self->n_pending, self->lines.length);
}

void
_lading_log_view_append_notice (LadingLogView *self,
                                const char    *text)
{
  _lading_log_view_append_line (self, _lading_log_format_new_notice (text));
  _lading_log_view_schedule_feed (self);
}

void
_lading_log_view_clear_lines (LadingLogView *self)
{
  g_queue_clear_full (&self->lines, (GDestroyNotify) lading_log_line_free);
  self->n_pending = 0;
  g_clear_handle_id (&self->feed_source, g_source_remove);
}

/* The time of the first or last line that has one; 0 if none has. */
gint64
_lading_log_view_edge_timestamp (LadingLogView *self,
                                 gboolean       last)
{
  for (GList *link = last ? self->lines.tail : self->lines.head;
       link != NULL;
       link = last ? link->prev : link->next)
    {
      const LadingLogLine *line = link->data;

      if (line->timestamp_ns > 0)
        return line->timestamp_ns;
    }

  return 0;
}
