/* lading-log-view.c
 *
 * A container's log in a read-only terminal, so that its colours show: the
 * last lines (#LadingLogView:tail-lines) and then the new ones as they come.
 *
 * Lines are kept in a bounded ring (#LadingLogView:scrollback-lines) and
 * fed to the terminal from an idle handler a few milliseconds at a time, so a
 * container pouring out lines never freezes the window.  The terminal can
 * only append, so anything that changes earlier lines (timestamps, wrapping,
 * lines older than the first one kept) resets it and feeds the ring again
 * (lading-log-view-feed.c).
 *
 * The engine is always asked for timestamps, shown or not: they tell where
 * to resume after a restart (`since`, which includes that time, so lines up
 * to it are skipped) and where older lines end (`until`, likewise).
 *
 * Scrolling up stops following the log; scrolling back to the bottom
 * follows it again; reaching the top loads older lines
 * (lading-log-view-scroll.c).
 *
 * This file holds the widget itself: its properties, actions and keys, and
 * the terminal's colours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-log-view-private.h"

/* The bounds and defaults of the line counts, as the settings have them. */
#define MIN_TAIL_LINES           10
#define MAX_TAIL_LINES           100000
#define DEFAULT_TAIL_LINES       1000
#define MIN_SCROLLBACK_LINES     1000
#define MAX_SCROLLBACK_LINES     1000000
#define DEFAULT_SCROLLBACK_LINES 10000

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-log-view.ui"

G_DEFINE_FINAL_TYPE (LadingLogView, lading_log_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTAINER,
  PROP_LOADING,
  PROP_FOLLOWING,
  PROP_EXPORTING,
  PROP_TAIL_LINES,
  PROP_SCROLLBACK_LINES,
  PROP_SHOW_TIMESTAMPS,
  PROP_WRAP_LINES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The terminal takes every key even with input off, so these are caught
 * on the way to it (capture phase) rather than bound to the class.  Scroll
 * keys carry the pages to scroll by; Home and End go as far as there is. */
static const struct {
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action_name;
  double           pages;
} shortcuts[] = {
  { GDK_KEY_f, GDK_CONTROL_MASK, "log.search", 0 },
  { GDK_KEY_g, GDK_CONTROL_MASK, "log.next-match", 0 },
  { GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "log.previous-match", 0 },
  { GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "log.copy", 0 },
  { GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "log.select-all", 0 },
  { GDK_KEY_s, GDK_CONTROL_MASK, "log.export", 0 },
  { GDK_KEY_Page_Up, 0, "log.scroll", -1 },
  { GDK_KEY_Page_Up, GDK_SHIFT_MASK, "log.scroll", -1 },
  { GDK_KEY_Page_Down, 0, "log.scroll", 1 },
  { GDK_KEY_Page_Down, GDK_SHIFT_MASK, "log.scroll", 1 },
  { GDK_KEY_Home, GDK_CONTROL_MASK, "log.scroll", -G_MAXINT },
  { GDK_KEY_End, GDK_CONTROL_MASK, "log.scroll", G_MAXINT },
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

gboolean
_lading_log_view_container_running (LadingLogView *self)
{
  return self->container != NULL &&
         lading_container_get_state (self->container) == LADING_CONTAINER_STATE_RUNNING;
}

void
_lading_log_view_update_status (LadingLogView *self)
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

  if (self->container != NULL && !_lading_log_view_container_running (self))
    {
      /* Translators: appended to the log's status, e.g. "1,000 lines · Not running" */
      g_autofree char *stopped = g_strdup_printf (_("%s · Not running"), text);

      g_free (text);
      text = g_steal_pointer (&stopped);
    }

  gtk_label_set_text (self->status_label, text);
}

void
_lading_log_view_set_loading (LadingLogView *self,
                              gboolean       loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  _lading_log_view_update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

/* {{{ Actions and callbacks */

/* With input off the terminal does not take the focus on a click, and the
 * keys above need it inside the view. */
static void
terminal_pressed_cb (LadingLogView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->terminal));
}

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
layout_setting_changed_cb (LadingLogView *self,
                           GParamSpec    *pspec,
                           GObject       *button)
{
  _lading_log_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self),
                            properties [button == G_OBJECT (self->wrap_button) ?
                                        PROP_WRAP_LINES : PROP_SHOW_TIMESTAMPS]);
}

/* }}} */

static void
lading_log_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (lading_log_view_parent_class)->map (widget);

  _lading_log_view_start_reading (LADING_LOG_VIEW (widget));
}

static void
lading_log_view_dispose (GObject *object)
{
  LadingLogView *self = (LadingLogView *)object;

  _lading_log_view_stop_reading (self);
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

    case PROP_TAIL_LINES:
      g_value_set_int (value, (int) self->tail_lines);
      break;

    case PROP_SCROLLBACK_LINES:
      g_value_set_int (value, (int) self->max_lines);
      break;

    case PROP_SHOW_TIMESTAMPS:
      g_value_set_boolean (value, gtk_toggle_button_get_active (self->timestamps_button));
      break;

    case PROP_WRAP_LINES:
      g_value_set_boolean (value, gtk_toggle_button_get_active (self->wrap_button));
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

    case PROP_TAIL_LINES:
      lading_log_view_set_tail_lines (self, g_value_get_int (value));
      break;

    case PROP_SCROLLBACK_LINES:
      lading_log_view_set_scrollback_lines (self, g_value_get_int (value));
      break;

    case PROP_SHOW_TIMESTAMPS:
      gtk_toggle_button_set_active (self->timestamps_button, g_value_get_boolean (value));
      break;

    case PROP_WRAP_LINES:
      gtk_toggle_button_set_active (self->wrap_button, g_value_get_boolean (value));
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

  /**
   * LadingLogView:tail-lines:
   *
   * How many of the last lines are loaded when the log opens, and how many
   * older ones each time the top is reached.
   */
  properties [PROP_TAIL_LINES] =
    g_param_spec_int ("tail-lines", NULL, NULL,
                      MIN_TAIL_LINES, MAX_TAIL_LINES, DEFAULT_TAIL_LINES,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingLogView:scrollback-lines:
   *
   * How many lines the view keeps at most; the oldest go first.
   */
  properties [PROP_SCROLLBACK_LINES] =
    g_param_spec_int ("scrollback-lines", NULL, NULL,
                      MIN_SCROLLBACK_LINES, MAX_SCROLLBACK_LINES, DEFAULT_SCROLLBACK_LINES,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingLogView:show-timestamps:
   *
   * Whether each line shows its time (and a full export writes it).
   */
  properties [PROP_SHOW_TIMESTAMPS] =
    g_param_spec_boolean ("show-timestamps", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingLogView:wrap-lines:
   *
   * Whether lines longer than the view's width wrap; otherwise they are cut.
   */
  properties [PROP_WRAP_LINES] =
    g_param_spec_boolean ("wrap-lines", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-log-view");
  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingLogView, content);
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
  _lading_log_view_scroll_init (widget_class);
  _lading_log_view_search_init (widget_class);
  _lading_log_view_export_init (widget_class);

  g_type_ensure (VTE_TYPE_TERMINAL);
}

static GtkEventController *
create_shortcut_controller (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GtkShortcut *shortcut =
        gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].keyval, shortcuts[i].modifiers),
                          gtk_named_action_new (shortcuts[i].action_name));

      if (shortcuts[i].pages != 0)
        gtk_shortcut_set_arguments (shortcut, g_variant_new_double (shortcuts[i].pages));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }

  return controller;
}

static void
lading_log_view_init (LadingLogView *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->tail_lines = DEFAULT_TAIL_LINES;
  self->max_lines = DEFAULT_SCROLLBACK_LINES;
  self->following = TRUE;
  self->restore_from_end = -1;
  g_queue_init (&self->lines);

  /* Rows, not lines: room for long lines wrapped a few times over. */
  vte_terminal_set_scrollback_lines (self->terminal, 2 * self->max_lines);
  _lading_log_view_watch_scrolling (self);
  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_object (controller, "pressed", G_CALLBACK (terminal_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->terminal), controller);
  g_signal_connect_object (self->terminal, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);
  update_colors (self);

  g_signal_connect_object (self->timestamps_button, "notify::active",
                           G_CALLBACK (layout_setting_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wrap_button, "notify::active",
                           G_CALLBACK (layout_setting_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_toggle_button_set_active (self->follow_button, TRUE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_widget_add_controller (GTK_WIDGET (self), create_shortcut_controller ());
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.cancel-export", FALSE);
  _lading_log_view_reset_terminal (self);
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
    g_signal_handlers_disconnect_by_func (self->container, _lading_log_view_container_changed, self);
  _lading_log_view_export_dispose (self);
  _lading_log_view_stop_reading (self);
  _lading_log_view_clear_lines (self);
  _lading_log_view_reset_terminal (self);
  self->started = self->tty_known = self->at_log_start = self->stop_pending = FALSE;
  self->resume_after_ns = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", FALSE);

  g_set_object (&self->engine, engine);
  g_set_object (&self->container, container);
  if (container != NULL)
    g_signal_connect_object (container, "notify::state", G_CALLBACK (_lading_log_view_container_changed), self,
                             G_CONNECT_SWAPPED);

  _lading_log_view_update_status (self);
  _lading_log_view_start_reading (self);
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
      _lading_log_view_scroll_to_end (self);
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

  _lading_log_view_stop_older (self);
  _lading_log_view_clear_lines (self);
  _lading_log_view_reset_terminal (self);
  /* What was cleared stays away: scrolling up loads nothing. */
  self->at_log_start = TRUE;
  _lading_log_view_update_status (self);
}

/**
 * lading_log_view_set_tail_lines:
 * @tail_lines: how many lines to load at a time
 *
 * Takes effect the next time lines are loaded.
 */
void
lading_log_view_set_tail_lines (LadingLogView *self,
                                int            tail_lines)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));
  g_return_if_fail (tail_lines >= MIN_TAIL_LINES && tail_lines <= MAX_TAIL_LINES);

  if (self->tail_lines == (guint) tail_lines)
    return;

  self->tail_lines = tail_lines;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TAIL_LINES]);
}

/**
 * lading_log_view_set_scrollback_lines:
 * @scrollback_lines: how many lines to keep at most
 *
 * Fewer lines than the view holds drops the oldest ones at once.
 */
void
lading_log_view_set_scrollback_lines (LadingLogView *self,
                                      int            scrollback_lines)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));
  g_return_if_fail (scrollback_lines >= MIN_SCROLLBACK_LINES &&
                    scrollback_lines <= MAX_SCROLLBACK_LINES);

  if (self->max_lines == (guint) scrollback_lines)
    return;

  self->max_lines = scrollback_lines;
  /* Rows, not lines: room for long lines wrapped a few times over. */
  vte_terminal_set_scrollback_lines (self->terminal, 2 * self->max_lines);
  if (self->lines.length > self->max_lines)
    {
      while (self->lines.length > self->max_lines)
        lading_log_line_free (g_queue_pop_head (&self->lines));
      _lading_log_view_rebuild (self);
      _lading_log_view_update_status (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCROLLBACK_LINES]);
}
