/* lading-application.c
 *
 * The application: has the engine found and connected while GTK starts (see
 * lading-startup.c), keeps its live store and opens the window on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-alerts.h"
#include "lading-application.h"
#include "lading-startup.h"
#include "lading-store.h"
#include "lading-widgets.h"
#include "lading-window.h"

struct _LadingApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  LadingSettings *settings;
  LadingStartup  *startup;
  LadingStore    *store;
  LadingAlerts   *alerts;
  GError         *setup_error;

  /* Between the first activation and the window: the engine is being chosen. */
  guint           choosing : 1;
  /* Run by g_application_run(), not only registered (as the tests do). */
  guint           launched : 1;
};

G_DEFINE_FINAL_TYPE (LadingApplication, lading_application, ADW_TYPE_APPLICATION)

static void
present_window (LadingApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lading_window_new (self, self->store, self->setup_error));

  gtk_window_present (window);
}

static void
choose_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LadingApplication) self = user_data;
  g_autoptr(LadingEngine) engine = NULL;

  self->choosing = FALSE;
  engine = lading_startup_choose_finish (self->startup, result, &self->setup_error);
  if (engine != NULL)
    {
      self->store = lading_store_new (engine);
      self->alerts = lading_alerts_new (G_APPLICATION (self), self->store, self->settings);
      /* With the snapshot in already, the window's first frame has rows. */
      lading_startup_start_store (self->startup, self->store);
    }

  present_window (self);
  g_application_release (G_APPLICATION (self));
}

static void
start_connecting (LadingApplication *self)
{
  g_autofree char *explicit_uri = lading_settings_dup_endpoint (self->settings);

  self->startup = lading_startup_new (explicit_uri);
}

static void
lading_application_activate (GApplication *app)
{
  LadingApplication *self = (LadingApplication *)app;

  if (self->store != NULL || self->setup_error != NULL)
    {
      present_window (self);
      return;
    }

  /* The window comes when the engine is chosen. */
  if (self->choosing)
    return;

  /* Held until the window exists, so the application does not quit meanwhile. */
  self->choosing = TRUE;
  g_application_hold (app);
  if (self->startup == NULL)
    start_connecting (self);
  lading_startup_choose_async (self->startup, choose_cb, g_object_ref (self));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
show_container_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LadingApplication *self = user_data;
  GtkWindow *window;

  /* An alert clicked after the window was closed opens a new one. */
  present_window (self);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (LADING_IS_WINDOW (window))
    lading_window_show_container (LADING_WINDOW (window), g_variant_get_string (parameter, NULL));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LadingApplication *self = user_data;
  static const char *developers[] = { "The Lading developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Lading"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Manage your containers, images, volumes and networks"),
                         NULL);
}

static void
lading_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_action },
    { "about", about_action },
    { "show-container", show_container_action, "s" },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *new_item_accels[] = { "<Control>n", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  LadingApplication *self = (LadingApplication *)app;
  g_autoptr(GAction) alerts_action = NULL;

  /* First of all, when launched: the engine answers while GTK initialises. */
  if (self->launched)
    start_connecting (self);

  /* Before chaining up: AdwApplication loads style.css from the resource
   * bundle during its own startup. */
  lading_widgets_init ();

  G_APPLICATION_CLASS (lading_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  alerts_action = lading_settings_create_action (self->settings, "alerts-enabled");
  g_action_map_add_action (G_ACTION_MAP (app), alerts_action);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-item", new_item_accels);
  /* GTK would set it only for a gtk/help-overlay.ui, which Lading builds later. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         shortcuts_accels);
}

/* Only g_application_run() calls it, before registering: the application
 * was launched, and its startup may talk to the engine at once.  An
 * application that is only registered never does before it is activated. */
static gboolean
lading_application_local_command_line (GApplication   *app,
                                       char         ***arguments,
                                       int            *exit_status)
{
  LADING_APPLICATION (app)->launched = TRUE;

  return G_APPLICATION_CLASS (lading_application_parent_class)->local_command_line (app,
                                                                                  arguments,
                                                                                  exit_status);
}

static void
lading_application_dispose (GObject *object)
{
  LadingApplication *self = (LadingApplication *)object;

  g_clear_object (&self->startup);
  g_clear_object (&self->alerts);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->setup_error);

  G_OBJECT_CLASS (lading_application_parent_class)->dispose (object);
}

static void
lading_application_class_init (LadingApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = lading_application_dispose;

  app_class->activate = lading_application_activate;
  app_class->startup = lading_application_startup;
  app_class->local_command_line = lading_application_local_command_line;
}

static void
lading_application_init (LadingApplication *self)
{
  self->settings = g_object_ref (lading_settings_get_default ());
}

LadingApplication *
lading_application_new (void)
{
  return g_object_new (LADING_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/lading/Lading",
                       NULL);
}

/**
 * lading_application_get_settings:
 *
 * Returns: (transfer none): the settings of the application
 */
LadingSettings *
lading_application_get_settings (LadingApplication *self)
{
  g_return_val_if_fail (LADING_IS_APPLICATION (self), NULL);

  return self->settings;
}
