/* lading-application.c
 *
 * The application: finds the engine to talk to (settings, DOCKER_HOST, docker
 * contexts, then the usual sockets), keeps its live store and opens the
 * window on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-alerts.h"
#include "lading-application.h"
#include "lading-store.h"
#include "lading-widgets.h"
#include "lading-window.h"

struct _LadingApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  LadingSettings *settings;
  LadingStore    *store;
  LadingAlerts   *alerts;
  GError         *setup_error;
};

G_DEFINE_FINAL_TYPE (LadingApplication, lading_application, ADW_TYPE_APPLICATION)

typedef struct
{
  GPtrArray *candidates;
  guint      next;
} Probe;

static void
probe_free (Probe *probe)
{
  g_clear_pointer (&probe->candidates, g_ptr_array_unref);
  g_free (probe);
}

static void probe_next (GTask *task_owned);

static void
probe_connect_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LadingEngine *engine = (LadingEngine *)object;
  g_autoptr(GTask) task = user_data;

  /* A probe that fails is only a reason to try the next one, so its error is
   * not kept; the first candidate's own error is what the window explains. */
  if (lading_engine_connect_finish (engine, result, NULL))
    {
      g_task_return_pointer (task, g_object_ref (engine), g_object_unref);
      return;
    }

  probe_next (g_steal_pointer (&task));
}

/* Takes @task. */
static void
probe_next (GTask *task_owned)
{
  g_autoptr(GTask) task = task_owned;
  Probe *probe = g_task_get_task_data (task);
  g_autoptr(LadingEngine) engine = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (probe->next == probe->candidates->len)
    {
      g_task_return_pointer (task, lading_engine_new (probe->candidates->pdata[0]), g_object_unref);
      return;
    }

  engine = lading_engine_new (probe->candidates->pdata[probe->next++]);
  lading_engine_connect_async (engine, g_task_get_cancellable (task), probe_connect_cb,
                               g_steal_pointer (&task));
}

/* Without an explicit choice there are several places an engine may listen
 * (the default socket, rootless Docker, Podman): take the first that answers,
 * or the first of @candidates if none does. */
static void
choose_engine_async (LadingApplication   *self,
                     GPtrArray           *candidates,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Probe *probe;

  g_assert (LADING_IS_APPLICATION (self));
  g_assert (candidates != NULL && candidates->len > 0);
  g_assert (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, choose_engine_async);
  probe = g_new0 (Probe, 1);
  probe->candidates = g_ptr_array_ref (candidates);
  g_task_set_task_data (task, probe, (GDestroyNotify)probe_free);

  if (candidates->len == 1)
    {
      g_task_return_pointer (task, lading_engine_new (candidates->pdata[0]), g_object_unref);
      return;
    }

  probe_next (g_steal_pointer (&task));
}

/* Returns: (transfer full): the engine chosen, or %NULL if cancelled */
static LadingEngine *
choose_engine_finish (LadingApplication  *self,
                      GAsyncResult       *result,
                      GError            **error)
{
  g_assert (LADING_IS_APPLICATION (self));
  g_assert (g_task_is_valid (result, self));
  g_assert (g_task_get_source_tag (G_TASK (result)) == choose_engine_async);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
present_window (LadingApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lading_window_new (self, self->store, self->setup_error));

  gtk_window_present (window);
}

static void
choose_engine_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LadingApplication *self = (LadingApplication *)object;
  g_autoptr(LadingEngine) engine = choose_engine_finish (self, result, NULL);

  self->store = lading_store_new (engine);
  self->alerts = lading_alerts_new (G_APPLICATION (self), self->store, self->settings);
  lading_store_start (self->store);

  present_window (self);
  g_application_release (G_APPLICATION (self));
}

static void
resolve_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingApplication) self = user_data;
  g_autoptr(GPtrArray) candidates = lading_endpoint_resolve_finish (result, &self->setup_error);

  if (candidates == NULL)
    {
      present_window (self);
      g_application_release (G_APPLICATION (self));
      return;
    }

  choose_engine_async (self, candidates, NULL, choose_engine_cb, NULL);
}

static void
lading_application_activate (GApplication *app)
{
  LadingApplication *self = (LadingApplication *)app;
  g_autofree char *explicit_uri = NULL;

  if (self->store != NULL || self->setup_error != NULL)
    {
      present_window (self);
      return;
    }

  /* Held until the window exists, so the application does not quit meanwhile. */
  g_application_hold (app);
  explicit_uri = lading_settings_dup_endpoint (self->settings);
  lading_endpoint_resolve_async (explicit_uri, NULL, NULL, resolve_cb, g_object_ref (self));
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
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  LadingApplication *self = (LadingApplication *)app;
  g_autoptr(GAction) alerts_action = NULL;

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
  /* GTK would set it only for a gtk/help-overlay.ui, which Lading builds later. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         shortcuts_accels);
}

static void
lading_application_dispose (GObject *object)
{
  LadingApplication *self = (LadingApplication *)object;

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
