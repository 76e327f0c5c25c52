/* test-notifications.c
 *
 * A container that exits 3 on the private engine makes Lading send a
 * desktop notification.  A stand-in notification server on the session bus
 * receives it, as GNOME Shell would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-alerts.h"
#include "lading-test-util.h"

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "  </interface>"
  "</node>";

typedef struct
{
  char       *summary;
  char       *body;
  GPtrArray  *actions;
} Received;

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  Received *received = user_data;

  if (g_str_equal (method_name, "Notify"))
    {
      g_autofree const char **actions = NULL;

      g_clear_pointer (&received->summary, g_free);
      g_clear_pointer (&received->body, g_free);
      g_variant_get (parameters, "(&su&s&s&s^a&s@a{sv}i)", NULL, NULL, NULL,
                     &received->summary, &received->body, &actions, NULL, NULL);
      received->summary = g_strdup (received->summary);
      received->body = g_strdup (received->body);
      for (guint i = 0; actions != NULL && actions[i] != NULL; i++)
        g_ptr_array_add (received->actions, g_strdup (actions[i]));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", 1));
    }
  else if (g_str_equal (method_name, "GetCapabilities"))
    {
      const char *capabilities[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", capabilities));
    }
  else
    {
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
}

static gboolean
notified (gpointer data)
{
  return ((Received *)data)->summary != NULL;
}

static gboolean
name_owned (gpointer data)
{
  return *(gboolean *)data;
}

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  *(gboolean *)user_data = TRUE;
}

static void
test_notification_for_exit_3 (void)
{
  static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection_xml, NULL);
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GApplication) app = NULL;
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);
  g_autoptr(LadingAlerts) alerts = NULL;
  g_autoptr(LadingSettings) settings = lading_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  Received received = { NULL, NULL, g_ptr_array_new_with_free_func (g_free) };
  gboolean owned = FALSE;
  guint registration;
  guint owner;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  registration = g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications",
                                                    info->interfaces[0], &vtable,
                                                    &received, NULL, &error);
  g_assert_no_error (error);
  owner = g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications",
                                        G_BUS_NAME_OWNER_FLAGS_NONE,
                                        name_acquired_cb, NULL, &owned, NULL);
  lading_test_await (name_owned, &owned, "the notification server's name");

  app = g_application_new ("io.github.lading.Lading.TestNotifications", G_APPLICATION_NON_UNIQUE);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);

  alerts = lading_alerts_new (app, store, settings);
  lading_store_start (store);
  lading_test_await (lading_test_store_loaded, store, "the store to load");

  /* The entrypoint fails at once, whatever the command. */
  id = lading_test_create_container ("lading-test-exit-3",
                                     "\"Entrypoint\":[\"sh\",\"-c\",\"exit 3\"]");
  lading_test_container_action (id, "start", 204);

  lading_test_await (notified, &received, "the notification");
  g_assert_nonnull (strstr (received.summary, "lading-test-exit-3"));
  g_assert_nonnull (strstr (received.summary, "3"));
  g_assert_nonnull (strstr (received.body, "lading-fixture"));
  /* Clicking it opens the container: the default action is there. */
  g_assert_cmpuint (received.actions->len, >=, 2);
  g_assert_cmpstr (received.actions->pdata[0], ==, "default");

  lading_test_remove_container (id);
  g_bus_unown_name (owner);
  g_dbus_connection_unregister_object (bus, registration);
  g_clear_pointer (&received.summary, g_free);
  g_clear_pointer (&received.body, g_free);
  g_ptr_array_unref (received.actions);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDBusConnection) bus = NULL;

  /* The freedesktop backend is the one a stand-in server can answer. */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  if (!lading_test_init (&argc, &argv))
    return 0;

  if ((bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL)) == NULL)
    {
      g_print ("1..0 # SKIP no session bus\n");
      return 0;
    }

  g_test_add_func ("/integration/alerts/notification-for-exit-3", test_notification_for_exit_3);

  return g_test_run ();
}
