/* lading-terminal.c
 *
 * The terminal of container shells and attached consoles: a VteTerminal with
 * no PTY behind it, fed from the engine's stream.  Without a PTY nobody tells
 * the other end when the grid changes, so the terminal reports its own size
 * as "grid-changed" (debounced, so that dragging a window edge sends one
 * resize instead of fifty).  It also adds what a terminal application would:
 * copy and paste on Ctrl+Shift+C/V and a right-click menu, zoom on
 * Ctrl+plus/minus/0, and colours that follow the light or dark style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-terminal"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lading-terminal.h"

/* Long enough to let a window drag settle, short enough to feel immediate. */
#define GRID_DEBOUNCE_MS 100
#define ZOOM_STEP        1.1
#define ZOOM_MIN         0.5
#define ZOOM_MAX         3.0

struct _LadingTerminal
{
  VteTerminal  parent_instance;

  /* Owned */
  GtkWidget   *context_menu;
  guint        grid_source;

  /* The grid last reported, and the one waiting for the debounce. */
  glong        reported_rows;
  glong        reported_columns;
};

G_DEFINE_FINAL_TYPE (LadingTerminal, lading_terminal, VTE_TYPE_TERMINAL)

enum {
  SIGNAL_GRID_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* GNOME's palette, readable on both the light and the dark background. */
static const char * const palette_names[16] = {
  "#241f31", "#c01c28", "#2ec27e", "#e5a50a", "#1c71d8", "#9141ac", "#0ab9dc", "#c0bfbc",
  "#5e5c64", "#ed333b", "#57e389", "#f8e45c", "#51a1ff", "#c061cb", "#4fd2fd", "#f6f5f4",
};

static const struct
{
  const char *trigger;
  const char *action_name;
} shortcuts[] = {
  { "<Control><Shift>c", "terminal.copy" },
  { "<Control><Shift>v", "terminal.paste" },
  { "<Control>plus", "terminal.zoom-in" },
  { "<Control>equal", "terminal.zoom-in" },
  { "<Control>KP_Add", "terminal.zoom-in" },
  { "<Control>minus", "terminal.zoom-out" },
  { "<Control>KP_Subtract", "terminal.zoom-out" },
  { "<Control>0", "terminal.zoom-reset" },
  { "<Control>KP_0", "terminal.zoom-reset" },
};

static void
update_colors (LadingTerminal *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA palette[16];
  GdkRGBA foreground;
  GdkRGBA background;

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    gdk_rgba_parse (&palette[i], palette_names[i]);
  gdk_rgba_parse (&foreground, dark ? "#ffffff" : "#241f31");
  gdk_rgba_parse (&background, dark ? "#1e1e1e" : "#ffffff");

  vte_terminal_set_colors (VTE_TERMINAL (self), &foreground, &background,
                           palette, G_N_ELEMENTS (palette));
}

static void
update_actions (LadingTerminal *self)
{
  VteTerminal *terminal = VTE_TERMINAL (self);
  double scale = vte_terminal_get_font_scale (terminal);
  gboolean input = vte_terminal_get_input_enabled (terminal);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.copy",
                                 vte_terminal_get_has_selection (terminal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.paste", input);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.zoom-in", scale < ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.zoom-out", scale > ZOOM_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.zoom-reset", scale != 1.0);
}

static void
report_grid (gpointer user_data)
{
  LadingTerminal *self = user_data;
  VteTerminal *terminal = VTE_TERMINAL (self);

  self->grid_source = 0;
  self->reported_rows = vte_terminal_get_row_count (terminal);
  self->reported_columns = vte_terminal_get_column_count (terminal);

  g_debug ("Grid is now %ld×%ld", self->reported_rows, self->reported_columns);
  g_signal_emit (self, signals [SIGNAL_GRID_CHANGED], 0,
                 (guint)self->reported_rows, (guint)self->reported_columns);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vte_terminal_copy_clipboard_format (VTE_TERMINAL (widget), VTE_FORMAT_TEXT);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  vte_terminal_paste_clipboard (VTE_TERMINAL (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VteTerminal *terminal = VTE_TERMINAL (widget);
  double scale = vte_terminal_get_font_scale (terminal);

  if (g_str_equal (action_name, "terminal.zoom-in"))
    scale = MIN (scale * ZOOM_STEP, ZOOM_MAX);
  else if (g_str_equal (action_name, "terminal.zoom-out"))
    scale = MAX (scale / ZOOM_STEP, ZOOM_MIN);
  else
    scale = 1.0;

  vte_terminal_set_font_scale (terminal, scale);
  update_actions (LADING_TERMINAL (widget));
}

static void
context_click_cb (LadingTerminal *self,
                  int             n_press,
                  double          x,
                  double          y,
                  GtkGesture     *gesture)
{
  GdkRectangle rect = { x, y, 1, 1 };

  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  update_actions (self);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
lading_terminal_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LadingTerminal *self = (LadingTerminal *)widget;
  glong rows, columns;

  g_assert (LADING_IS_TERMINAL (self));

  GTK_WIDGET_CLASS (lading_terminal_parent_class)->size_allocate (widget, width, height, baseline);

  gtk_popover_present (GTK_POPOVER (self->context_menu));

  rows = vte_terminal_get_row_count (VTE_TERMINAL (self));
  columns = vte_terminal_get_column_count (VTE_TERMINAL (self));

  /* Back to the size last reported before the debounce ran out: nothing to say. */
  g_clear_handle_id (&self->grid_source, g_source_remove);
  if (rows <= 0 || columns <= 0 ||
      (rows == self->reported_rows && columns == self->reported_columns))
    return;

  self->grid_source = g_timeout_add_once (GRID_DEBOUNCE_MS, report_grid, self);
}

static void
lading_terminal_dispose (GObject *object)
{
  LadingTerminal *self = (LadingTerminal *)object;

  g_clear_handle_id (&self->grid_source, g_source_remove);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  G_OBJECT_CLASS (lading_terminal_parent_class)->dispose (object);
}

static void
lading_terminal_class_init (LadingTerminalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_terminal_dispose;

  widget_class->size_allocate = lading_terminal_size_allocate;

  /**
   * LadingTerminal::grid-changed:
   * @rows: the new number of rows
   * @columns: the new number of columns
   *
   * The grid settled on a new size; never 0×0.
   */
  signals [SIGNAL_GRID_CHANGED] =
    g_signal_new ("grid-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "lading-terminal");

  gtk_widget_class_install_action (widget_class, "terminal.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "terminal.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "terminal.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "terminal.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "terminal.zoom-reset", NULL, zoom_action);
}

/* In the capture phase, so that the keys reach us before VTE sends them to
 * the shell as bytes, and the right button opens the menu even when a
 * program in the terminal asked for mouse events. */
static void
add_controllers (LadingTerminal *self)
{
  GtkEventController *shortcuts_controller = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_trigger_parse_string (shortcuts[i].trigger);
      GtkShortcutAction *action = gtk_named_action_new (shortcuts[i].action_name);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts_controller),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_event_controller_set_propagation_phase (shortcuts_controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts_controller);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (context_click_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

static void
lading_terminal_init (LadingTerminal *self)
{
  VteTerminal *terminal = VTE_TERMINAL (self);
  g_autoptr(GMenu) menu = g_menu_new ();

  g_menu_append (menu, _("_Copy"), "terminal.copy");
  g_menu_append (menu, _("_Paste"), "terminal.paste");
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  add_controllers (self);

  vte_terminal_set_scrollback_lines (terminal, 10000);
  vte_terminal_set_mouse_autohide (terminal, TRUE);
  vte_terminal_set_bold_is_bright (terminal, TRUE);
  vte_terminal_set_audible_bell (terminal, FALSE);
  vte_terminal_set_cursor_blink_mode (terminal, VTE_CURSOR_BLINK_OFF);

  g_signal_connect (self, "selection-changed", G_CALLBACK (update_actions), NULL);
  g_signal_connect (self, "notify::input-enabled", G_CALLBACK (update_actions), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);
  update_colors (self);
  update_actions (self);
}

/**
 * lading_terminal_new:
 *
 * Returns: (transfer floating): a terminal with no PTY; feed it with
 *   vte_terminal_feed() and read what the user types from VteTerminal::commit
 */
LadingTerminal *
lading_terminal_new (void)
{
  return g_object_new (LADING_TYPE_TERMINAL, NULL);
}

/**
 * lading_terminal_print_notice:
 * @text: one line, without a newline
 *
 * Shows a line of Lading's own (the shell ended, the engine refused), in
 * bold and on a line of its own, so it cannot be mistaken for the output of
 * the process in the terminal.
 */
void
lading_terminal_print_notice (LadingTerminal *self,
                              const char     *text)
{
  VteTerminal *terminal;
  g_autofree char *line = NULL;
  glong column = 0;

  g_return_if_fail (LADING_IS_TERMINAL (self));
  g_return_if_fail (text != NULL);

  terminal = VTE_TERMINAL (self);
  line = g_strdup_printf ("\033[0;1m%s\033[0m\r\n", text);
  vte_terminal_get_cursor_position (terminal, &column, NULL);
  if (column > 0)
    vte_terminal_feed (terminal, "\r\n", 2);
  vte_terminal_feed (terminal, line, -1);
}

/**
 * lading_terminal_set_ended:
 *
 * Nothing runs behind the terminal any more: it takes no input and shows no
 * cursor, so it does not look like it waits for some.
 */
void
lading_terminal_set_ended (LadingTerminal *self)
{
  static const char hide_cursor[] = "\033[?25l";

  g_return_if_fail (LADING_IS_TERMINAL (self));

  vte_terminal_set_input_enabled (VTE_TERMINAL (self), FALSE);
  vte_terminal_feed (VTE_TERMINAL (self), hide_cursor, sizeof hide_cursor - 1);
}
