/* lading-log-view-scroll.c
 *
 * How LadingLogView scrolls.  The terminal moves the view itself as lines
 * arrive, so the view tells that apart from what the user does: scrolling up
 * (wheel, touchpad, keys or the scrollbar) stops following the log, getting
 * back to the bottom follows it again, and reaching the top loads older
 * lines.  After a rebuild the view comes back to the line it was on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#include "lading-log-view-private.h"

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

void
_lading_log_view_scroll_to_end (LadingLogView *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);

  scroll_to (self, gtk_adjustment_get_upper (adjustment) -
                   gtk_adjustment_get_page_size (adjustment));
}

/* Before a rebuild: how far the top of the view is from the end, so that
 * the line there can be found again once the ring is fed anew. */
void
_lading_log_view_save_position (LadingLogView *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);

  if (!self->following)
    self->restore_from_end = gtk_adjustment_get_upper (adjustment) -
                             gtk_adjustment_get_value (adjustment);
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
    _lading_log_view_scroll_to_end (self);
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

void
_lading_log_view_scroll_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "log.scroll", "d", scroll_action);
}

/* The adjustment alone cannot tell the user's scrolling from the
 * terminal's, so the wheel, the touchpad and a held scrollbar are watched
 * as well. */
void
_lading_log_view_watch_scrolling (LadingLogView *self)
{
  GtkAdjustment *adjustment = get_vadjustment (self);
  GtkEventController *controller;

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
}
