/* lading-log-view.c
 *
 * A container's log in a read-only terminal, so that its colours show: the
 * last lines (GSettings "log-lines") and then the new ones as they come.
 *
 * Lines are kept in a bounded ring (GSettings "log-scrollback-lines") and
 * fed to the terminal from an idle handler a few milliseconds at a time, so a
 * container pouring out lines never freezes the window.  The terminal can
 * only append, so anything that changes earlier lines (timestamps, wrapping,
 * lines older than the first one kept) resets it and feeds the ring again.
 *
 * The engine is always asked for timestamps, shown or not: they tell where
 * to resume after a restart (`since`, which includes that time, so lines up
 * to it are skipped) and where older lines end (`until`, likewise).
 *
 * Scrolling up stops following the log; scrolling back to the bottom
 * follows it again; reaching the top loads older lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-info.h"
#include "lading-engine-error.h"
#include "lading-log-format-private.h"
#include "lading-log-view-private.h"

/* How long one idle slice may spend formatting lines for the terminal. */
#define FEED_BUDGET_US 4000

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-log-view.ui"

G_DEFINE_FINAL_TYPE (LadingLogView, lading_log_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTAINER,
  PROP_LOADING,
  PROP_FOLLOWING,
  PROP_EXPORTING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Pages to scroll by; Home and End go as far as there is. */
static const struct {
  guint           keyval;
  GdkModifierType modifiers;
  double          pages;
} scroll_keys[] = {
  { GDK_KEY_Page_Up, 0, -1 },
  { GDK_KEY_Page_Up, GDK_SHIFT_MASK, -1 },
  { GDK_KEY_Page_Down, 0, 1 },
  { GDK_KEY_Page_Down, GDK_SHIFT_MASK, 1 },
  { GDK_KEY_Home, GDK_CONTROL_MASK, -G_MAXINT },
  { GDK_KEY_End, GDK_CONTROL_MASK, G_MAXINT },
};

/* libadwaita's palette: the light style gets the darker shades, so that
 * yellow and cyan stay readable on white. */
static const char * const light_palette[] = {
  "#241f31", "#c01c28", "#26a269", "#a2734c", "#1a5fb4", "#813d9c", "#1c71d8", "#c0bfbc",
  "#5e5c64", "#ed333b", "#2ec27e", "#c64600", "#3584e4", "#9141ac", "#0a818c", "#deddda",
};
static const char * const dark_palette[] = {
  "#241f31", "#ed333b", "#57e389", "#f8e45c", "#62a0ea", "#c061cb", "#5bc8af", "#deddda",
  "#77767b", "#f66151", "#8ff0a4", "#f9f06b", "#99c1f1", "#dc8add", "#93ddc2", "#ffffff",
};

static void
update_colors (LadingLogView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char * const *names = dark ? dark_palette : light_palette;
  GdkRGBA palette[G_N_ELEMENTS (light_palette)];
  GdkRGBA foreground, background;

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    gdk_rgba_parse (&palette[i], names[i]);
  gdk_rgba_parse (&foreground, dark ? "#ffffff" : "#1e1e1e");
  gdk_rgba_parse (&background, dark ? "#1e1e1e" : "#ffffff");

  vte_terminal_set_colors (self->terminal, &foreground, &background, palette,
                           G_N_ELEMENTS (palette));
}

void
_lading_log_view_show_toast (LadingLogView *self,
                             const char    *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

void
_lading_log_view_notify_exporting (LadingLogView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXPORTING]);
}

static gboolean
container_running (LadingLogView *self)
{
  return self->container != NULL &&
         lading_container_get_state (self->container) == LADING_CONTAINER_STATE_RUNNING;
}

static void
update_status (LadingLogView *self)
{
  g_autofree char *text = NULL;

  if (self->container == NULL)
    text = g_strdup ("");
  else if (self->loading)
    text = g_strdup (_("Loading…"));
  else if (self->older_reader != NULL)
    text = g_strdup (_("Loading older lines…"));
  else
    /* Translators: how many log lines the view holds; %'u has thousands separators */
    text = g_strdup_printf (ngettext ("%'u line", "%'u lines", self->lines.length),
                            self->lines.length);

  if (self->container != NULL && !container_running (self))
    {
      /* Translators: appended to the log's status, e.g. "1,000 lines · Not running" */
      g_autofree char *stopped = g_strdup_printf (_("%s · Not running"), text);

      g_free (text);
      text = g_steal_pointer (&stopped);
    }

  gtk_label_set_text (self->status_label, text);
}

static void
set_loading (LadingLogView *self,
             gboolean       loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

/* {{{ Scrolling */

static GtkAdjustment *
get_vadjustment (LadingLogView *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->terminal));
}

static void
scroll_to (LadingLogView *self,
           double         value)
{
  self->scrolling = TRUE;
  gtk_adjustment_set_value (get_vadjustment (self), value);
  self->scrolling = FALSE;
}

static void
scroll_to_bottom (LadingLogView *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);

  scroll_to (self, gtk_adjustment_get_upper (adjustment) -
                   gtk_adjustment_get_page_size (adjustment));
}

/* After a rebuild, the line that was at the top of the view is again. */
static void
restore_position (LadingLogView *self)
{
  scroll_to (self, gtk_adjustment_get_upper (get_vadjustment (self)) - self->restore_from_end);
}

static void
adjustment_changed_cb (LadingLogView *self,
                       GtkAdjustment *adjustment)
{
  if (self->restore_from_end >= 0)
    restore_position (self);
  else if (self->following)
    scroll_to_bottom (self);
}

static gboolean
at_bottom (LadingLogView *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);

  return gtk_adjustment_get_value (adjustment) >=
         gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 0.5;
}

/* The terminal moves the view too, as its content changes, so only what
 * the user did (user_moved, the scrollbar held) stops following; reaching
 * the bottom in any way follows again, once a rebuild is done. */
static void
value_changed_cb (LadingLogView *self,
                  GtkAdjustment *adjustment)
{
  gboolean bottom = at_bottom (self);

  if (self->scrolling)
    return;

  if (self->scrollbar_held)
    {
      self->restore_from_end = -1;
      self->user_moved = !bottom;
      lading_log_view_set_following (self, bottom);
    }
  else if (bottom && !self->following && self->restore_from_end < 0 && self->n_pending == 0)
    lading_log_view_set_following (self, TRUE);

  if (self->user_moved &&
      gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment) + 0.5)
    lading_log_view_load_older (self);
}

/* Scrolling up with the wheel or touchpad: the terminal scrolls after us. */
static gboolean
scroll_cb (LadingLogView            *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  if (dy < 0)
    {
      self->restore_from_end = -1;
      self->user_moved = TRUE;
      lading_log_view_set_following (self, FALSE);
    }

  return FALSE;
}

static gboolean
scrollbar_event_cb (LadingLogView            *self,
                    GdkEvent                 *event,
                    GtkEventControllerLegacy *controller)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_BUTTON_PRESS || type == GDK_TOUCH_BEGIN)
    self->scrollbar_held = TRUE;
  else if (type == GDK_BUTTON_RELEASE || type == GDK_TOUCH_END || type == GDK_TOUCH_CANCEL)
    self->scrollbar_held = FALSE;

  return FALSE;
}

/* Page Up, Page Down, Ctrl+Home, Ctrl+End: the terminal takes no keys. */
static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingLogView *self = LADING_LOG_VIEW (widget);
  GtkAdjustment *adjustment = get_vadjustment (self);
  double pages = g_variant_get_double (parameter);
  double value = gtk_adjustment_get_value (adjustment) +
                 pages * gtk_adjustment_get_page_size (adjustment);

  self->restore_from_end = -1;
  scroll_to (self, CLAMP (value, gtk_adjustment_get_lower (adjustment),
                          gtk_adjustment_get_upper (adjustment)));
  self->user_moved = !at_bottom (self);
  lading_log_view_set_following (self, !self->user_moved);

  if (gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment) + 0.5)
    lading_log_view_load_older (self);
}

/* }}} */

/* {{{ Feeding the terminal */

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

static void
schedule_feed (LadingLogView *self)
{
  if (self->feed_source == 0 && self->n_pending > 0)
    self->feed_source = g_idle_add (feed_slice_cb, self);
}

/* Empties the terminal and sets the modes the log is shown in: no cursor,
 * and with wrapping off, long lines cut at the right edge (DECAWM). */
static void
reset_terminal (LadingLogView *self)
{
  const char *modes = gtk_toggle_button_get_active (self->wrap_button) ? "\033[?25l\033[?7h"
                                                                        : "\033[?25l\033[?7l";

  vte_terminal_reset (self->terminal, TRUE, TRUE);
  vte_terminal_feed (self->terminal, modes, -1);
}

/* Shows the ring again from its start, the view on the same line. */
static void
rebuild (LadingLogView *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);

  if (!self->following)
    self->restore_from_end = gtk_adjustment_get_upper (adjustment) -
                             gtk_adjustment_get_value (adjustment);

  self->user_moved = FALSE;
  reset_terminal (self);
  self->n_pending = self->lines.length;
  schedule_feed (self);
}

static void
append_line (LadingLogView *self,
             LadingLogLine *line)
{
  g_queue_push_tail (&self->lines, line);
  self->n_pending++;

  while (self->lines.length > self->max_lines)
    lading_log_line_free (g_queue_pop_head (&self->lines));
  self->n_pending = MIN (self->n_pending, self->lines.length);
}

static void
append_notice (LadingLogView *self,
               const char    *text)
{
  append_line (self, _lading_log_notice_new (text));
  schedule_feed (self);
}

static void
clear_lines (LadingLogView *self)
{
  g_queue_clear_full (&self->lines, (GDestroyNotify) lading_log_line_free);
  self->n_pending = 0;
  g_clear_handle_id (&self->feed_source, g_source_remove);
}

/* The time of the first or last line that has one; 0 if none has. */
static gint64
edge_timestamp (LadingLogView *self,
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

/* }}} */

/* {{{ Reading */

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

static void
resume (LadingLogView *self)
{
  gint64 last = edge_timestamp (self, TRUE);

  append_notice (self, _("The container started"));

  if (last == 0)
    {
      open_live (self, g_settings_get_int (self->settings, "log-lines"), 0);
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
        append_line (self, line);
    }

  schedule_feed (self);
  set_loading (self, FALSE);
  update_status (self);
}

static void
live_finished_cb (LadingLogView   *self,
                  const GError    *error,
                  LadingLogReader *reader)
{
  g_clear_object (&self->reader);
  set_loading (self, FALSE);

  if (error != NULL)
    {
      /* Translators: %s says why, e.g. "configured logging driver does not support reading" */
      g_autofree char *text = g_strdup_printf (_("Could not read the log: %s"), error->message);

      append_notice (self, text);
    }
  else if (self->reader_live && !container_running (self))
    append_notice (self, _("The container stopped"));

  if (container_running (self) && self->saw_stop)
    resume (self);

  update_status (self);
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
  self->reader_live = container_running (self);
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

      set_loading (self, FALSE);
      append_notice (self, text);
      return;
    }

  self->tty = info->tty;
  self->tty_known = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", TRUE);
  open_live (self, g_settings_get_int (self->settings, "log-lines"), 0);
}

/* Called once the view is shown: a tab nobody opens reads nothing. */
static void
start_reading (LadingLogView *self)
{
  if (self->started || self->container == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->started = TRUE;
  set_loading (self, TRUE);
  lading_engine_inspect_container_json_async (self->engine,
                                              lading_container_get_id (self->container),
                                              self->cancellable, inspect_cb, g_object_ref (self));
}

static void
container_notify_cb (LadingLogView *self)
{
  if (!container_running (self))
    self->saw_stop = TRUE;
  else if (self->started && self->tty_known && self->reader == NULL && self->saw_stop)
    resume (self);

  update_status (self);
}

/* }}} */

/* {{{ Older lines */

static void
older_lines_cb (LadingLogView   *self,
                GPtrArray       *lines,
                LadingLogReader *reader)
{
  guint keep = g_settings_get_int (self->settings, "log-lines");
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
  guint wanted = g_settings_get_int (self->settings, "log-lines");
  guint room = self->max_lines - MIN (self->max_lines, self->lines.length);
  guint n = MIN (MIN (self->older->len, wanted), room);
  guint first = self->older->len - n;

  if (self->older->len < wanted)
    self->at_log_start = TRUE;

  if (n == 0)
    return;

  for (guint i = self->older->len; i > first; i--)
    g_queue_push_head (&self->lines, g_ptr_array_steal_index (self->older, i - 1));

  rebuild (self);
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
  update_status (self);
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
  update_status (self);
}

/* }}} */

/* {{{ Actions and callbacks */

static void
follow_toggled_cb (LadingLogView   *self,
                   GParamSpec      *pspec,
                   GtkToggleButton *button)
{
  lading_log_view_set_following (self, gtk_toggle_button_get_active (button));
}

static void
search_changed_cb (LadingLogView *self)
{
  _lading_log_view_search_changed (self);
}

static void
next_match_cb (LadingLogView *self)
{
  _lading_log_view_find (self, FALSE);
}

static void
previous_match_cb (LadingLogView *self)
{
  _lading_log_view_find (self, TRUE);
}

static void
selection_changed_cb (LadingLogView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.copy",
                                 vte_terminal_get_has_selection (self->terminal));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadingLogView *self = LADING_LOG_VIEW (widget);

  vte_terminal_copy_clipboard_format (self->terminal, VTE_FORMAT_TEXT);
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  vte_terminal_select_all (LADING_LOG_VIEW (widget)->terminal);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  lading_log_view_clear (LADING_LOG_VIEW (widget));
}

static void
layout_setting_changed_cb (LadingLogView *self)
{
  rebuild (self);
}

/* }}} */

static void
lading_log_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (lading_log_view_parent_class)->map (widget);

  start_reading (LADING_LOG_VIEW (widget));
}

static void
stop_all (LadingLogView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  stop_reader (&self->reader);
  stop_reader (&self->older_reader);
  g_clear_pointer (&self->older, g_ptr_array_unref);
}

static void
lading_log_view_dispose (GObject *object)
{
  LadingLogView *self = (LadingLogView *)object;

  g_cancellable_cancel (self->cancellable);
  stop_reader (&self->reader);
  stop_reader (&self->older_reader);
  g_clear_handle_id (&self->feed_source, g_source_remove);
  _lading_log_view_export_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_LOG_VIEW);

  g_clear_object (&self->container);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_log_view_parent_class)->dispose (object);
}

static void
lading_log_view_finalize (GObject *object)
{
  LadingLogView *self = (LadingLogView *)object;

  g_queue_clear_full (&self->lines, (GDestroyNotify) lading_log_line_free);
  g_clear_pointer (&self->older, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_stream);
  g_clear_object (&self->export_file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lading_log_view_parent_class)->finalize (object);
}

static void
lading_log_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadingLogView *self = LADING_LOG_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTAINER:
      g_value_set_object (value, self->container);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_FOLLOWING:
      g_value_set_boolean (value, self->following);
      break;

    case PROP_EXPORTING:
      g_value_set_boolean (value, lading_log_view_get_exporting (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_log_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadingLogView *self = LADING_LOG_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLLOWING:
      lading_log_view_set_following (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_log_view_class_init (LadingLogViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_log_view_dispose;
  object_class->finalize = lading_log_view_finalize;
  object_class->get_property = lading_log_view_get_property;
  object_class->set_property = lading_log_view_set_property;

  widget_class->map = lading_log_view_map;

  properties [PROP_CONTAINER] =
    g_param_spec_object ("container", NULL, NULL,
                         LADING_TYPE_CONTAINER,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FOLLOWING] =
    g_param_spec_boolean ("following", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-log-view");
  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, follow_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, timestamps_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, wrap_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, status_label);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, search_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, case_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, regex_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, search_label);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, export_spinner);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, export_label);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, terminal);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, scrollbar);
  gtk_widget_class_bind_template_callback (widget_class, follow_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);

  gtk_widget_class_install_action (widget_class, "log.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "log.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "log.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "log.scroll", "d", scroll_action);
  for (guint i = 0; i < G_N_ELEMENTS (scroll_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, scroll_keys[i].keyval,
                                         scroll_keys[i].modifiers, "log.scroll", "d",
                                         scroll_keys[i].pages);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "log.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "log.select-all", NULL);
  _lading_log_view_search_init (widget_class);
  _lading_log_view_export_init (widget_class);

  g_type_ensure (VTE_TYPE_TERMINAL);
}

static void
lading_log_view_init (LadingLogView *self)
{
  GtkEventController *controller;
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->max_lines = g_settings_get_int (self->settings, "log-scrollback-lines");
  self->following = TRUE;
  self->restore_from_end = -1;
  g_queue_init (&self->lines);

  /* Rows, not lines: room for long lines wrapped a few times over. */
  vte_terminal_set_scrollback_lines (self->terminal, 2 * self->max_lines);
  adjustment = get_vadjustment (self);
  gtk_scrollbar_set_adjustment (self->scrollbar, adjustment);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->terminal), controller);
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (scrollbar_event_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->scrollbar), controller);
  g_signal_connect_object (self->terminal, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);
  update_colors (self);

  g_settings_bind (self->settings, "log-timestamps", self->timestamps_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "log-wrap", self->wrap_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->timestamps_button, "notify::active",
                           G_CALLBACK (layout_setting_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wrap_button, "notify::active",
                           G_CALLBACK (layout_setting_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_toggle_button_set_active (self->follow_button, TRUE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->terminal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.cancel-export", FALSE);
  reset_terminal (self);
}

/**
 * lading_log_view_new:
 *
 * Returns: (transfer floating): a view that shows no log until
 *   lading_log_view_set_container() is called
 */
LadingLogView *
lading_log_view_new (void)
{
  return g_object_new (LADING_TYPE_LOG_VIEW, NULL);
}

/**
 * lading_log_view_set_container:
 * @engine: (nullable): the engine @container runs on
 * @container: (nullable): the container, as the store holds it (its state
 *   tells when it restarts); %NULL clears the view
 *
 * Shows @container's log once the view is on screen.
 */
void
lading_log_view_set_container (LadingLogView   *self,
                               LadingEngine    *engine,
                               LadingContainer *container)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));
  g_return_if_fail (!engine || LADING_IS_ENGINE (engine));
  g_return_if_fail (!container || LADING_IS_CONTAINER (container));
  g_return_if_fail ((engine == NULL) == (container == NULL));

  if (self->container == container && self->engine == engine)
    return;

  if (self->container != NULL)
    g_signal_handlers_disconnect_by_func (self->container, container_notify_cb, self);
  _lading_log_view_export_dispose (self);
  stop_all (self);
  clear_lines (self);
  reset_terminal (self);
  self->started = self->tty_known = self->at_log_start = FALSE;
  self->resume_after_ns = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", FALSE);

  g_set_object (&self->engine, engine);
  g_set_object (&self->container, container);
  if (container != NULL)
    g_signal_connect_object (container, "notify::state", G_CALLBACK (container_notify_cb), self,
                             G_CONNECT_SWAPPED);

  update_status (self);
  start_reading (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTAINER]);
}

/**
 * lading_log_view_get_container:
 *
 * Returns: (transfer none) (nullable): the container whose log is shown
 */
LadingContainer *
lading_log_view_get_container (LadingLogView *self)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), NULL);

  return self->container;
}

/**
 * lading_log_view_get_terminal:
 *
 * Returns: (transfer none): the terminal the log is shown in
 */
VteTerminal *
lading_log_view_get_terminal (LadingLogView *self)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), NULL);

  return self->terminal;
}

/**
 * lading_log_view_get_n_lines:
 *
 * Returns: how many lines the view keeps, its own notices included
 */
guint
lading_log_view_get_n_lines (LadingLogView *self)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), 0);

  return self->lines.length;
}

/**
 * lading_log_view_get_loading:
 *
 * Returns: whether the view waits for the first lines of the log
 */
gboolean
lading_log_view_get_loading (LadingLogView *self)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), FALSE);

  return self->loading;
}

gboolean
lading_log_view_get_following (LadingLogView *self)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), FALSE);

  return self->following;
}

/**
 * lading_log_view_set_following:
 * @following: whether to keep the newest line in view
 *
 * Scrolling up turns following off, and scrolling to the bottom turns it on.
 */
void
lading_log_view_set_following (LadingLogView *self,
                               gboolean       following)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));

  if (self->following == !!following)
    return;

  self->following = !!following;
  if (following)
    {
      self->restore_from_end = -1;
      self->user_moved = FALSE;
      scroll_to_bottom (self);
    }
  gtk_toggle_button_set_active (self->follow_button, following);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FOLLOWING]);
}

/**
 * lading_log_view_clear:
 *
 * Empties the view; the lines that come after still show.
 */
void
lading_log_view_clear (LadingLogView *self)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));

  stop_reader (&self->older_reader);
  g_clear_pointer (&self->older, g_ptr_array_unref);
  clear_lines (self);
  reset_terminal (self);
  /* What was cleared stays away: scrolling up loads nothing. */
  self->at_log_start = TRUE;
  update_status (self);
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

  self->older_before_ns = edge_timestamp (self, FALSE);
  if (self->older_before_ns == 0)
    return;

  self->older = g_ptr_array_new_with_free_func ((GDestroyNotify) lading_log_line_free);
  open_older (self, g_settings_get_int (self->settings, "log-lines"));
}
