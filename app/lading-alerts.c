/* lading-alerts.c
 *
 * Tells the user when a container crashes, runs out of memory or turns
 * unhealthy, with a desktop notification that works with the window hidden;
 * clicking it opens that container.  Stops and kills the user (or the
 * engine) asked for are not crashes and stay quiet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-alerts"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-alerts.h"

struct _LadingAlerts
{
  GObject       parent_instance;

  /* Borrowed: the application owns us */
  GApplication *application;

  /* Owned */
  LadingStore  *store;
  LadingSettings *settings;
  GHashTable   *interrupted;   /* container ids whose next "die" is expected */
};

G_DEFINE_FINAL_TYPE (LadingAlerts, lading_alerts, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/**
 * lading_alerts_check:
 * @interrupted: container ids that were sent a signal or already alerted
 *   about; updated here
 * @event: the next event of the engine
 *
 * Decides whether @event is worth an alert.  A "die" that follows a "kill"
 * (docker stop, docker kill, a restart) is what was asked for; a "die" that
 * follows an "oom" was already alerted about.
 */
LadingAlertKind
lading_alerts_check (GHashTable        *interrupted,
                     const LadingEvent *event)
{
  const char *id = event->actor_id;

  if (event->kind != LADING_EVENT_KIND_CONTAINER || id == NULL || event->action == NULL)
    return LADING_ALERT_NONE;

  if (g_str_equal (event->action, "kill"))
    {
      g_hash_table_add (interrupted, g_strdup (id));
      return LADING_ALERT_NONE;
    }

  if (g_str_equal (event->action, "oom"))
    {
      g_hash_table_add (interrupted, g_strdup (id));
      return LADING_ALERT_OOM;
    }

  if (g_str_equal (event->action, "die"))
    {
      const char *exit_code = lading_event_get_attribute (event, "exitCode");

      if (g_hash_table_remove (interrupted, id))
        return LADING_ALERT_NONE;

      return exit_code != NULL && !g_str_equal (exit_code, "0") ? LADING_ALERT_EXITED
                                                                 : LADING_ALERT_NONE;
    }

  if (g_str_equal (event->action, "start") || g_str_equal (event->action, "destroy"))
    {
      g_hash_table_remove (interrupted, id);
      return LADING_ALERT_NONE;
    }

  if (g_str_equal (event->action, "health_status") && g_strcmp0 (event->detail, "unhealthy") == 0)
    return LADING_ALERT_UNHEALTHY;

  return LADING_ALERT_NONE;
}

static GNotification *
create_notification (LadingAlertKind    kind,
                     const LadingEvent *event)
{
  const char *name = lading_event_get_attribute (event, "name");
  const char *image = lading_event_get_attribute (event, "image");
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (name == NULL)
    name = event->actor_id;

  switch (kind)
    {
    case LADING_ALERT_EXITED:
      /* Translators: %s is a container name, %s an exit code such as 3 */
      title = g_strdup_printf (_("“%s” Exited with Code %s"), name,
                               lading_event_get_attribute (event, "exitCode"));
      break;

    case LADING_ALERT_OOM:
      /* Translators: %s is a container name */
      title = g_strdup_printf (_("“%s” Ran Out of Memory"), name);
      break;

    case LADING_ALERT_UNHEALTHY:
      /* Translators: %s is a container name */
      title = g_strdup_printf (_("“%s” Is Unhealthy"), name);
      break;

    case LADING_ALERT_NONE:
    default:
      g_return_val_if_reached (NULL);
    }

  if (image != NULL)
    /* Translators: %s is an image name such as nginx:latest */
    body = g_strdup_printf (_("The container runs %s. Open it to see its state and logs."), image);

  notification = g_notification_new (title);
  if (body != NULL)
    g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target (notification, "app.show-container",
                                                "s", event->actor_id);

  return g_steal_pointer (&notification);
}

static void
event_cb (LadingAlerts      *self,
          const LadingEvent *event)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *notification_id = NULL;
  LadingAlertKind kind;

  /* Checked even when alerts are off, so turning them on midway does not
   * mistake a requested stop for a crash. */
  kind = lading_alerts_check (self->interrupted, event);

  if (kind == LADING_ALERT_NONE || !lading_settings_get_alerts_enabled (self->settings))
    return;

  /* One notification per container: a newer alert replaces the older one. */
  notification_id = g_strconcat ("container-", event->actor_id, NULL);
  notification = create_notification (kind, event);
  g_application_send_notification (self->application, notification_id, notification);
}

static void
lading_alerts_constructed (GObject *object)
{
  LadingAlerts *self = (LadingAlerts *)object;

  G_OBJECT_CLASS (lading_alerts_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "event", G_CALLBACK (event_cb), self, G_CONNECT_SWAPPED);
}

static void
lading_alerts_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadingAlerts *self = LADING_ALERTS (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      self->application = g_value_get_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_alerts_finalize (GObject *object)
{
  LadingAlerts *self = (LadingAlerts *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->interrupted, g_hash_table_unref);

  G_OBJECT_CLASS (lading_alerts_parent_class)->finalize (object);
}

static void
lading_alerts_class_init (LadingAlertsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lading_alerts_constructed;
  object_class->finalize = lading_alerts_finalize;
  object_class->set_property = lading_alerts_set_property;

  properties [PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         G_TYPE_APPLICATION,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LADING_TYPE_STORE,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         LADING_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_alerts_init (LadingAlerts *self)
{
  self->interrupted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * lading_alerts_new:
 * @application: sends the notifications
 * @store: whose events are watched
 * @settings: holds "alerts-enabled"
 */
LadingAlerts *
lading_alerts_new (GApplication *application,
                   LadingStore  *store,
                   LadingSettings *settings)
{
  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_SETTINGS (settings), NULL);

  return g_object_new (LADING_TYPE_ALERTS,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}
