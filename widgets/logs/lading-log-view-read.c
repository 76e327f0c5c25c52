/* lading-log-view-read.c
 *
 * LadingLogView's readers.  The live one asks for the last lines and follows
 * the log; when it ends because the container stopped, a restart opens
 * another from the last line's time on.  The older one reads lines from
 * before the first one kept, when the view is scrolled to its top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-info.h"
#include "lading-log-view-private.h"

static void
stop_reader (LadingLogReader **reader)
{
  if (*reader != NULL)
    lading_log_reader_stop (*reader);
  g_clear_object (reader);
}

static void open_live (LadingLogView *self,
                       int            tail,
                       gint64         since_ns);

/* The live log of a running container ended: that is said once the store
 * sees the container stopped too, as the log may end before the event. */
static void
note_stop (LadingLogView *self,
           gboolean       restarted)
{
  if (!self->stop_pending || (!restarted && _lading_log_view_container_running (self)))
    return;

  self->stop_pending = FALSE;
  _lading_log_view_append_notice (self, _("The container stopped"));
}

static void
resume (LadingLogView *self)
{
  gint64 last = _lading_log_view_edge_timestamp (self, TRUE);

  note_stop (self, TRUE);
  _lading_log_view_append_notice (self, _("The container started"));

  if (last == 0)
    {
      open_live (self, self->tail_lines, 0);
      return;
    }

  self->resume_after_ns = last;
  open_live (self, -1, last);
}

static void
live_lines_cb (LadingLogView   *self,
               GPtrArray       *lines,
               LadingLogReader *reader)
{
  gsize n_lines;
  g_autofree gpointer *stolen = g_ptr_array_steal (lines, &n_lines);

  self->restore_from_end = -1;

  for (guint i = 0; i < n_lines; i++)
    {
      LadingLogLine *line = stolen[i];

      if (line->timestamp_ns > 0 && line->timestamp_ns <= self->resume_after_ns)
        lading_log_line_free (line);
      else
        _lading_log_view_append_line (self, line);
    }

  _lading_log_view_schedule_feed (self);
  _lading_log_view_set_loading (self, FALSE);
  _lading_log_view_update_status (self);
}

static void
live_finished_cb (LadingLogView   *self,
                  const GError    *error,
                  LadingLogReader *reader)
{
  g_clear_object (&self->reader);
  _lading_log_view_set_loading (self, FALSE);

  if (error != NULL)
    {
      /* Translators: %s says why, e.g. "configured logging driver does not support reading" */
      g_autofree char *text = g_strdup_printf (_("Could not read the log: %s"), error->message);

      _lading_log_view_append_notice (self, text);
    }
  else if (self->reader_live)
    {
      self->stop_pending = TRUE;
      note_stop (self, FALSE);
    }

  if (_lading_log_view_container_running (self) && self->saw_stop)
    resume (self);

  _lading_log_view_update_status (self);
}

static void
open_live (LadingLogView *self,
           int            tail,
           gint64         since_ns)
{
  LadingLogQuery query = { tail, since_ns, 0, TRUE, TRUE };

  stop_reader (&self->reader);
  self->reader = lading_log_reader_new (self->engine, lading_container_get_id (self->container),
                                        self->tty, &query);
  self->reader_live = _lading_log_view_container_running (self);
  self->stop_pending = FALSE;
  self->saw_stop = !self->reader_live;
  g_signal_connect_object (self->reader, "lines", G_CALLBACK (live_lines_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "finished", G_CALLBACK (live_finished_cb), self,
                           G_CONNECT_SWAPPED);
  lading_log_reader_start (self->reader);
}

static void
inspect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingLogView) self = user_data;
  g_autoptr(LadingContainerInfo) info = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;

  json = lading_engine_inspect_container_json_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (json != NULL)
    info = lading_container_info_new_from_json (json, &error);

  if (info == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read the log: %s"), error->message);

      _lading_log_view_set_loading (self, FALSE);
      _lading_log_view_append_notice (self, text);
      return;
    }

  self->tty = info->tty;
  self->tty_known = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", TRUE);
  open_live (self, self->tail_lines, 0);
}

/* Called once the view is shown: a tab nobody opens reads nothing. */
void
_lading_log_view_start_reading (LadingLogView *self)
{
  if (self->started || self->container == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->started = TRUE;
  _lading_log_view_set_loading (self, TRUE);
  lading_engine_inspect_container_json_async (self->engine,
                                              lading_container_get_id (self->container),
                                              self->cancellable, inspect_cb, g_object_ref (self));
}

/* The container's state changed: a restart resumes the log. */
void
_lading_log_view_container_changed (LadingLogView *self)
{
  if (!_lading_log_view_container_running (self))
    {
      self->saw_stop = TRUE;
      note_stop (self, FALSE);
    }
  else if (self->started && self->tty_known && self->reader == NULL && self->saw_stop)
    resume (self);

  _lading_log_view_update_status (self);
}

static void
older_lines_cb (LadingLogView   *self,
                GPtrArray       *lines,
                LadingLogReader *reader)
{
  guint keep = self->tail_lines;
  gsize n_lines;
  g_autofree gpointer *stolen = g_ptr_array_steal (lines, &n_lines);

  for (guint i = 0; i < n_lines; i++)
    {
      LadingLogLine *line = stolen[i];

      if (line->timestamp_ns >= self->older_before_ns)
        lading_log_line_free (line);
      else
        g_ptr_array_add (self->older, line);
    }

  /* Without a working tail the whole log comes: keep only its end. */
  if (self->older->len > 2 * keep)
    g_ptr_array_remove_range (self->older, 0, self->older->len - keep);
}

static void
prepend_older (LadingLogView *self)
{
  guint wanted = self->tail_lines;
  guint room = self->max_lines - MIN (self->max_lines, self->lines.length);
  guint n = MIN (MIN (self->older->len, wanted), room);
  guint first = self->older->len - n;

  if (self->older->len < wanted)
    self->at_log_start = TRUE;

  if (n == 0)
    return;

  for (guint i = self->older->len; i > first; i--)
    g_queue_push_head (&self->lines, g_ptr_array_steal_index (self->older, i - 1));

  _lading_log_view_rebuild (self);
}

static void open_older (LadingLogView *self,
                        int            tail);

static void
older_finished_cb (LadingLogView   *self,
                   const GError    *error,
                   LadingLogReader *reader)
{
  g_clear_object (&self->older_reader);

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read older lines: %s"),
                                               error->message);

      _lading_log_view_show_toast (self, text);
    }
  else if (self->older->len == 0 && self->older_tail >= 0)
    {
      /* Engines before 25.0 apply `tail` before `until`, so asking for the
       * last lines before a time returns nothing: read up to that time. */
      open_older (self, -1);
      return;
    }
  else
    prepend_older (self);

  g_clear_pointer (&self->older, g_ptr_array_unref);
  _lading_log_view_update_status (self);
}

static void
open_older (LadingLogView *self,
            int            tail)
{
  LadingLogQuery query = { tail, 0, self->older_before_ns, FALSE, TRUE };

  self->older_tail = tail;
  self->older_reader = lading_log_reader_new (self->engine,
                                              lading_container_get_id (self->container),
                                              self->tty, &query);
  g_signal_connect_object (self->older_reader, "lines", G_CALLBACK (older_lines_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->older_reader, "finished", G_CALLBACK (older_finished_cb), self,
                           G_CONNECT_SWAPPED);
  lading_log_reader_start (self->older_reader);
  _lading_log_view_update_status (self);
}


void
_lading_log_view_stop_older (LadingLogView *self)
{
  stop_reader (&self->older_reader);
  g_clear_pointer (&self->older, g_ptr_array_unref);
}

void
_lading_log_view_stop_reading (LadingLogView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  stop_reader (&self->reader);
  _lading_log_view_stop_older (self);
}


/**
 * lading_log_view_load_older:
 *
 * Loads lines from before the first one shown (as reaching the top does),
 * unless the view holds the start of the log or as many lines as it keeps.
 */
void
lading_log_view_load_older (LadingLogView *self)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));

  if (self->older_reader != NULL || self->at_log_start || !self->tty_known ||
      self->lines.length >= self->max_lines)
    return;

  self->older_before_ns = _lading_log_view_edge_timestamp (self, FALSE);
  if (self->older_before_ns == 0)
    return;

  self->older = g_ptr_array_new_with_free_func ((GDestroyNotify) lading_log_line_free);
  open_older (self, self->tail_lines);
}
