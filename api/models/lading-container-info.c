/* lading-container-info.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-info"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lading-api-enums.h"
#include "lading-container-info.h"
#include "lading-engine-error.h"
#include "lading-json-private.h"

static void
port_info_free (gpointer data)
{
  LadingPortInfo *port = data;

  g_free (port->container_port);
  g_free (port->host_ip);
  g_free (port);
}

static void
mount_info_free (gpointer data)
{
  LadingMountInfo *mount = data;

  g_free (mount->type);
  g_free (mount->source);
  g_free (mount->destination);
  g_free (mount);
}

static void
network_info_free (gpointer data)
{
  LadingNetworkInfo *network = data;

  g_free (network->name);
  g_free (network->ip_address);
  g_free (network->gateway);
  g_free (network);
}

static void
health_check_free (gpointer data)
{
  LadingHealthCheck *check = data;

  g_free (check->output);
  g_free (check);
}

static void
key_value_free (gpointer data)
{
  LadingKeyValue *pair = data;

  g_free (pair->key);
  g_free (pair->value);
  g_free (pair);
}

static LadingKeyValue *
key_value_new (const char *key,
               const char *value)
{
  LadingKeyValue *pair = g_new0 (LadingKeyValue, 1);

  pair->key = g_strdup (key);
  pair->value = g_strdup (value);

  return pair;
}

/* The engine writes "" for an absent address or path; the details page wants
 * to tell "none" from an empty value, so both become NULL. */
static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static int
compare_key_values (gconstpointer a,
                    gconstpointer b)
{
  const LadingKeyValue *pa = *(LadingKeyValue * const *)a;
  const LadingKeyValue *pb = *(LadingKeyValue * const *)b;

  return strcmp (pa->key, pb->key);
}

static int
compare_ports (gconstpointer a,
               gconstpointer b)
{
  const LadingPortInfo *pa = *(LadingPortInfo * const *)a;
  const LadingPortInfo *pb = *(LadingPortInfo * const *)b;

  if (pa->number != pb->number)
    return pa->number < pb->number ? -1 : 1;
  if (pa->host_port != pb->host_port)
    return pa->host_port < pb->host_port ? -1 : 1;

  return strcmp (pa->container_port, pb->container_port);
}

static int
compare_mounts (gconstpointer a,
                gconstpointer b)
{
  const LadingMountInfo *ma = *(LadingMountInfo * const *)a;
  const LadingMountInfo *mb = *(LadingMountInfo * const *)b;

  return g_strcmp0 (ma->destination, mb->destination);
}

static int
compare_networks (gconstpointer a,
                  gconstpointer b)
{
  const LadingNetworkInfo *na = *(LadingNetworkInfo * const *)a;
  const LadingNetworkInfo *nb = *(LadingNetworkInfo * const *)b;

  return strcmp (na->name, nb->name);
}

/* With @any_host_port, whether @container_port is there at all. */
static gboolean
has_port (GPtrArray  *ports,
          const char *container_port,
          gboolean    any_host_port,
          guint       host_port)
{
  for (guint i = 0; i < ports->len; i++)
    {
      LadingPortInfo *port = g_ptr_array_index (ports, i);

      if ((any_host_port || port->host_port == host_port) &&
          strcmp (port->container_port, container_port) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The engine lists an IPv4 and an IPv6 binding of the same host port; to a
 * person (and a browser on localhost) they are one, so the first one stays. */
static void
add_port (GPtrArray  *ports,
          const char *container_port,
          const char *host_ip,
          const char *host_port)
{
  guint64 number = g_ascii_strtoull (container_port, NULL, 10);
  guint64 host_number = host_port != NULL ? g_ascii_strtoull (host_port, NULL, 10) : 0;
  LadingPortInfo *port;

  if (number == 0 || number > G_MAXUINT16 || host_number > G_MAXUINT16)
    {
      g_debug ("Skipping port %s → %s", container_port, host_port);
      return;
    }

  if (has_port (ports, container_port, FALSE, host_number))
    return;

  port = g_new0 (LadingPortInfo, 1);
  port->container_port = g_strdup (container_port);
  port->number = number;
  port->host_ip = host_port != NULL ? g_strdup (host_ip != NULL ? host_ip : "") : NULL;
  port->host_port = host_number;
  g_ptr_array_add (ports, port);
}

/* Both NetworkSettings.Ports and HostConfig.PortBindings map "80/tcp" to null
 * or to an array of {HostIp, HostPort}. */
static void
add_port_map (GPtrArray  *ports,
              JsonObject *map)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (map == NULL)
    return;

  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &key, &node))
    {
      JsonArray *bindings = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      guint n_bindings = bindings != NULL ? json_array_get_length (bindings) : 0;
      gboolean published = FALSE;

      for (guint i = 0; i < n_bindings; i++)
        {
          JsonNode *element = json_array_get_element (bindings, i);
          JsonObject *binding;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;

          binding = json_node_get_object (element);
          add_port (ports, key,
                    _lading_json_get_string (binding, "HostIp"),
                    _lading_json_get_string (binding, "HostPort") ?: "");
          published = TRUE;
        }

      if (!published)
        add_port (ports, key, NULL, NULL);
    }
}

static GPtrArray *
parse_ports (JsonObject *root,
             JsonObject *config,
             JsonObject *host_config)
{
  g_autoptr(GPtrArray) ports = g_ptr_array_new_with_free_func (port_info_free);
  JsonObject *settings = _lading_json_get_object (root, "NetworkSettings");
  JsonObject *state = _lading_json_get_object (root, "State");
  JsonObject *exposed = config != NULL ? _lading_json_get_object (config, "ExposedPorts") : NULL;

  add_port_map (ports, settings != NULL ? _lading_json_get_object (settings, "Ports") : NULL);

  /* A container that is not running has no live bindings: show what it was
   * created with, which is what it will get when started.  A running one
   * without them (network "none" or "host") publishes nothing. */
  if (ports->len == 0 && host_config != NULL &&
      (state == NULL || !_lading_json_get_boolean (state, "Running")))
    add_port_map (ports, _lading_json_get_object (host_config, "PortBindings"));

  if (exposed != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (exposed);

      for (const GList *l = members; l != NULL; l = l->next)
        if (!has_port (ports, l->data, TRUE, 0))
          add_port (ports, l->data, NULL, NULL);
    }

  g_ptr_array_sort (ports, compare_ports);

  return g_steal_pointer (&ports);
}

static GPtrArray *
parse_mounts (JsonArray *array)
{
  g_autoptr(GPtrArray) mounts = g_ptr_array_new_with_free_func (mount_info_free);
  guint length = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *type, *destination;
      LadingMountInfo *mount;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      type = _lading_json_get_string (object, "Type");
      destination = _lading_json_get_string (object, "Destination");
      if (destination == NULL)
        continue;

      mount = g_new0 (LadingMountInfo, 1);
      mount->type = g_strdup (type != NULL ? type : "bind");
      mount->source = dup_nonempty (g_strcmp0 (type, "volume") == 0
                                    ? _lading_json_get_string (object, "Name")
                                    : _lading_json_get_string (object, "Source"));
      mount->destination = g_strdup (destination);
      /* Older engines leave RW out for read-write mounts. */
      mount->read_only = json_object_has_member (object, "RW") &&
                         !_lading_json_get_boolean (object, "RW");
      g_ptr_array_add (mounts, mount);
    }

  g_ptr_array_sort (mounts, compare_mounts);

  return g_steal_pointer (&mounts);
}

static GPtrArray *
parse_networks (JsonObject *root)
{
  g_autoptr(GPtrArray) networks = g_ptr_array_new_with_free_func (network_info_free);
  JsonObject *settings = _lading_json_get_object (root, "NetworkSettings");
  JsonObject *map = settings != NULL ? _lading_json_get_object (settings, "Networks") : NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (map == NULL)
    return g_steal_pointer (&networks);

  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonObject *endpoint = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      LadingNetworkInfo *network = g_new0 (LadingNetworkInfo, 1);

      network->name = g_strdup (name);
      if (endpoint != NULL)
        {
          network->ip_address = dup_nonempty (_lading_json_get_string (endpoint, "IPAddress"));
          network->gateway = dup_nonempty (_lading_json_get_string (endpoint, "Gateway"));
        }
      g_ptr_array_add (networks, network);
    }

  g_ptr_array_sort (networks, compare_networks);

  return g_steal_pointer (&networks);
}

static void
parse_health (LadingContainerInfo *self,
              JsonObject          *health)
{
  JsonArray *log = health != NULL ? _lading_json_get_array (health, "Log") : NULL;
  guint length = log != NULL ? json_array_get_length (log) : 0;
  GEnumClass *health_class = g_type_class_ref (LADING_TYPE_CONTAINER_HEALTH);
  GEnumValue *value = NULL;

  self->health_log = g_ptr_array_new_with_free_func (health_check_free);
  if (health != NULL)
    value = g_enum_get_value_by_nick (health_class,
                                      _lading_json_get_string (health, "Status") ?: "");
  self->health = value != NULL ? (LadingContainerHealth)value->value : LADING_CONTAINER_HEALTH_NONE;
  self->failing_streak = health != NULL ? _lading_json_get_int (health, "FailingStreak", 0) : 0;
  g_type_class_unref (health_class);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (log, i);
      LadingHealthCheck *check;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      check = g_new0 (LadingHealthCheck, 1);
      check->started_at = _lading_json_parse_time (_lading_json_get_string (object, "Start"));
      check->finished_at = _lading_json_parse_time (_lading_json_get_string (object, "End"));
      check->exit_code = _lading_json_get_int (object, "ExitCode", -1);
      check->output = g_strdup (_lading_json_get_string (object, "Output") ?: "");
      g_ptr_array_add (self->health_log, check);
    }
}

static GPtrArray *
parse_labels (JsonObject *config)
{
  g_autoptr(GHashTable) map = _lading_json_dup_string_map (config, "Labels");
  GPtrArray *labels = g_ptr_array_new_with_free_func (key_value_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, map);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (labels, key_value_new (key, value));
  g_ptr_array_sort (labels, compare_key_values);

  return labels;
}

static GPtrArray *
parse_env (JsonArray *array)
{
  g_auto(GStrv) entries = _lading_json_dup_strv (array);
  GPtrArray *env = g_ptr_array_new_with_free_func (key_value_free);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      const char *equals = strchr (entries[i], '=');
      g_autofree char *key = g_strndup (entries[i], equals != NULL ? (gsize)(equals - entries[i])
                                                                   : strlen (entries[i]));

      g_ptr_array_add (env, key_value_new (key, equals != NULL ? equals + 1 : NULL));
    }

  return env;
}

static void
parse_state (LadingContainerInfo *self,
             JsonObject          *state)
{
  if (state != NULL)
    {
      self->started_at = _lading_json_parse_time (_lading_json_get_string (state, "StartedAt"));
      self->finished_at = _lading_json_parse_time (_lading_json_get_string (state, "FinishedAt"));
      self->oom_killed = _lading_json_get_boolean (state, "OOMKilled");
      self->error = dup_nonempty (_lading_json_get_string (state, "Error"));
    }

  parse_health (self, state != NULL ? _lading_json_get_object (state, "Health") : NULL);
}

static void
parse_restart_policy (LadingContainerInfo *self,
                      JsonObject          *host_config)
{
  JsonObject *policy = NULL;
  const char *name = NULL;

  if (host_config != NULL)
    policy = _lading_json_get_object (host_config, "RestartPolicy");
  if (policy != NULL)
    {
      name = _lading_json_get_string (policy, "Name");
      self->restart_max_retries = _lading_json_get_int (policy, "MaximumRetryCount", 0);
    }

  /* The engine writes "" as often as "no" for the default. */
  self->restart_policy = g_strdup (name != NULL && *name != '\0' ? name : "no");
}

/**
 * lading_container_info_new_from_json:
 * @root: the reply of `GET /containers/{id}/json`
 *
 * Reads what the details page shows.  Members that are missing or of the
 * wrong type count as empty, as the engine leaves many out or sends null.
 *
 * Returns: (transfer full): the details, or %NULL with
 *   %LADING_ENGINE_ERROR_BAD_RESPONSE if @root is not a container
 */
LadingContainerInfo *
lading_container_info_new_from_json (JsonNode  *root,
                                     GError   **error)
{
  g_autoptr(LadingContainerInfo) self = NULL;
  JsonObject *object, *config, *host_config;

  g_return_val_if_fail (root != NULL, NULL);

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL || _lading_json_get_string (object, "Id") == NULL)
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "The engine's description of a container has no Id");
      return NULL;
    }

  config = _lading_json_get_object (object, "Config");
  host_config = _lading_json_get_object (object, "HostConfig");

  self = g_new0 (LadingContainerInfo, 1);
  self->image = g_strdup (config != NULL ? _lading_json_get_string (config, "Image") : NULL);
  self->image_id = g_strdup (_lading_json_get_string (object, "Image"));
  self->entrypoint = _lading_json_dup_strv (config != NULL
                                            ? _lading_json_get_array (config, "Entrypoint")
                                            : NULL);
  self->cmd = _lading_json_dup_strv (config != NULL
                                     ? _lading_json_get_array (config, "Cmd")
                                     : NULL);
  self->working_dir = dup_nonempty (config != NULL
                                    ? _lading_json_get_string (config, "WorkingDir")
                                    : NULL);
  self->tty = config != NULL && _lading_json_get_boolean (config, "Tty");
  self->open_stdin = config != NULL && _lading_json_get_boolean (config, "OpenStdin");
  self->created = _lading_json_parse_time (_lading_json_get_string (object, "Created"));
  self->restart_count = _lading_json_get_int (object, "RestartCount", 0);
  parse_restart_policy (self, host_config);
  parse_state (self, _lading_json_get_object (object, "State"));
  self->ports = parse_ports (object, config, host_config);
  self->mounts = parse_mounts (_lading_json_get_array (object, "Mounts"));
  self->networks = parse_networks (object);
  self->labels = parse_labels (config);
  self->env = parse_env (config != NULL ? _lading_json_get_array (config, "Env") : NULL);

  return g_steal_pointer (&self);
}

void
lading_container_info_free (LadingContainerInfo *self)
{
  if (self == NULL)
    return;

  g_free (self->image);
  g_free (self->image_id);
  g_strfreev (self->entrypoint);
  g_strfreev (self->cmd);
  g_free (self->working_dir);
  g_free (self->restart_policy);
  g_free (self->error);
  g_clear_pointer (&self->health_log, g_ptr_array_unref);
  g_clear_pointer (&self->ports, g_ptr_array_unref);
  g_clear_pointer (&self->mounts, g_ptr_array_unref);
  g_clear_pointer (&self->networks, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->env, g_ptr_array_unref);
  g_free (self);
}
