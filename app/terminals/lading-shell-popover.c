/* lading-shell-popover.c
 *
 * "Custom Shell": the command and user a shell should run with, kept in
 * GSettings (shell-command, shell-user) so the next custom shell starts from
 * the last one.  The Open button activates the action the owner names
 * (e.g. "details.open-custom-shell"), which reads the same keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-shell-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-shell-popover.h"
#include "lading-settings.h"

struct _LadingShellPopover
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkEntry   *command_entry;
  GtkEntry   *user_entry;
  GtkButton  *open_button;

  /* Owned */
  LadingSettings *settings;
};

G_DEFINE_FINAL_TYPE (LadingShellPopover, lading_shell_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_ACTION_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
open_clicked_cb (LadingShellPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
lading_shell_popover_dispose (GObject *object)
{
  LadingShellPopover *self = (LadingShellPopover *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_SHELL_POPOVER);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lading_shell_popover_parent_class)->dispose (object);
}

static void
lading_shell_popover_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LadingShellPopover *self = LADING_SHELL_POPOVER (object);

  switch (prop_id)
    {
    case PROP_ACTION_NAME:
      g_value_set_string (value, lading_shell_popover_get_action_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_shell_popover_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadingShellPopover *self = LADING_SHELL_POPOVER (object);

  switch (prop_id)
    {
    case PROP_ACTION_NAME:
      lading_shell_popover_set_action_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_shell_popover_class_init (LadingShellPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_shell_popover_dispose;
  object_class->get_property = lading_shell_popover_get_property;
  object_class->set_property = lading_shell_popover_set_property;

  /* What Open activates, resolved from where the popover is attached. */
  properties [PROP_ACTION_NAME] =
    g_param_spec_string ("action-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/"
                                               "lading-shell-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingShellPopover, command_entry);
  gtk_widget_class_bind_template_child (widget_class, LadingShellPopover, user_entry);
  gtk_widget_class_bind_template_child (widget_class, LadingShellPopover, open_button);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
}

static void
lading_shell_popover_init (LadingShellPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_object_ref (lading_settings_get_default ());
  lading_settings_bind (self->settings, "shell-command", self->command_entry, "text",
                        G_SETTINGS_BIND_DEFAULT);
  lading_settings_bind (self->settings, "shell-user", self->user_entry, "text",
                        G_SETTINGS_BIND_DEFAULT);
  gtk_popover_set_default_widget (GTK_POPOVER (self), GTK_WIDGET (self->open_button));
}

/**
 * lading_shell_popover_new:
 * @action_name: (nullable): the action Open activates
 *
 * Returns: (transfer floating): the custom shell popover
 */
GtkWidget *
lading_shell_popover_new (const char *action_name)
{
  return g_object_new (LADING_TYPE_SHELL_POPOVER,
                       "action-name", action_name,
                       NULL);
}

const char *
lading_shell_popover_get_action_name (LadingShellPopover *self)
{
  g_return_val_if_fail (LADING_IS_SHELL_POPOVER (self), NULL);

  return gtk_actionable_get_action_name (GTK_ACTIONABLE (self->open_button));
}

void
lading_shell_popover_set_action_name (LadingShellPopover *self,
                                      const char         *action_name)
{
  g_return_if_fail (LADING_IS_SHELL_POPOVER (self));

  if (g_strcmp0 (action_name, lading_shell_popover_get_action_name (self)) == 0)
    return;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), action_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTION_NAME]);
}
