/* lading-container-parse.c
 *
 * Reading a LadingContainer from the engine: the list's short form (names,
 * the "Status" sentence) and the inspect's full one (exact times, health).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container"

#include "config.h"

#include "lading-api-enums.h"
#include "lading-container-fields-private.h"
#include "lading-container-private.h"
#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-model-util-private.h"
#include "lading-models-private.h"

#define COMPOSE_PROJECT_LABEL "com.docker.compose.project"
#define COMPOSE_SERVICE_LABEL "com.docker.compose.service"

static LadingContainer *
container_new (JsonObject  *object,
               GError     **error)
{
  const char *id = _lading_json_get_string (object, "Id");

  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "A container has no Id");
      return NULL;
    }

  return g_object_new (LADING_TYPE_CONTAINER, "id", id, NULL);
}

static void
take_string (char       **field,
             const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

/* Docker prefixes container names with "/". */
static void
take_name (LadingContainer *self,
           const char      *name)
{
  if (name != NULL && name[0] == '/')
    name++;

  take_string (&self->name, name);
}

static void
take_labels (LadingContainer *self,
             JsonObject      *object,
             const char      *member)
{
  g_hash_table_unref (self->labels);
  self->labels = _lading_json_dup_string_map (object, member);

  g_free (self->compose_project);
  self->compose_project = g_strdup (g_hash_table_lookup (self->labels, COMPOSE_PROJECT_LABEL));
  g_free (self->compose_service);
  self->compose_service = g_strdup (g_hash_table_lookup (self->labels, COMPOSE_SERVICE_LABEL));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Named volumes only: binds and tmpfs mounts have no volume to show. Sorted,
 * because the engine walks a map and the order changes from call to call. */
static void
take_volume_names (LadingContainer *self,
                   JsonArray       *mounts)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint length = mounts != NULL ? json_array_get_length (mounts) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (mounts, i);
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          g_strcmp0 (_lading_json_get_string (json_node_get_object (node), "Type"), "volume") != 0 ||
          (name = _lading_json_get_string (json_node_get_object (node), "Name")) == NULL ||
          name[0] == '\0')
        continue;

      g_ptr_array_add (names, (gpointer)name);
    }

  g_ptr_array_sort (names, compare_strings);
  for (guint i = names->len; i > 1; i--)
    {
      if (g_strcmp0 (g_ptr_array_index (names, i - 1), g_ptr_array_index (names, i - 2)) == 0)
        g_ptr_array_remove_index (names, i - 1);
    }
  g_ptr_array_add (names, NULL);

  g_strfreev (self->volume_names);
  self->volume_names = g_strdupv ((char **)names->pdata);
}

/* The keys of NetworkSettings.Networks, which the list and the inspect
 * both have; sorted, as the engine walks a map. */
static void
take_network_names (LadingContainer *self,
                    JsonObject      *object)
{
  JsonObject *settings = _lading_json_get_object (object, "NetworkSettings");
  JsonObject *networks = settings != NULL ? _lading_json_get_object (settings, "Networks") : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GList *members = networks != NULL ? json_object_get_members (networks) : NULL;

  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (names, l->data);
  g_list_free (members);
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  g_strfreev (self->network_names);
  self->network_names = g_strdupv ((char **)names->pdata);
}

static void
take_network_mode (LadingContainer *self,
                   JsonObject      *object)
{
  JsonObject *host_config = _lading_json_get_object (object, "HostConfig");

  take_string (&self->network_mode,
               host_config != NULL ? _lading_json_get_string (host_config, "NetworkMode") : NULL);
}

static LadingContainerState
state_from_string (const char *text)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (LADING_TYPE_CONTAINER_STATE);
  GEnumValue *value = text != NULL ? g_enum_get_value_by_nick (enum_class, text) : NULL;

  return value != NULL ? value->value : LADING_CONTAINER_STATE_UNKNOWN;
}

static LadingContainerHealth
health_from_string (const char *text)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (LADING_TYPE_CONTAINER_HEALTH);
  GEnumValue *value = text != NULL ? g_enum_get_value_by_nick (enum_class, text) : NULL;

  return value != NULL ? value->value : LADING_CONTAINER_HEALTH_NONE;
}

static gpointer
parse_list_element (JsonObject  *object,
                    gpointer     user_data,
                    GError     **error)
{
  return _lading_container_new_from_list_json (object, *(gint64 *)user_data, error);
}

static gpointer
parse_inspect (JsonObject  *object,
               gpointer     user_data,
               GError     **error)
{
  return _lading_container_new_from_inspect_json (object, error);
}

LadingContainer *
_lading_container_new_from_list_json (JsonObject  *object,
                                      gint64       now,
                                      GError     **error)
{
  g_autoptr(LadingContainer) self = NULL;
  LadingContainerStatus status;
  JsonArray *names;

  g_return_val_if_fail (object != NULL, NULL);

  if ((self = container_new (object, error)) == NULL)
    return NULL;

  names = _lading_json_get_array (object, "Names");
  take_name (self, _lading_json_get_element_string (names, 0));

  take_string (&self->image, _lading_json_get_string (object, "Image"));
  take_string (&self->image_id, _lading_json_get_string (object, "ImageID"));
  take_string (&self->command, _lading_json_get_string (object, "Command"));
  self->created = MAX (_lading_json_get_int (object, "Created", 0), 0);
  self->state = state_from_string (_lading_json_get_string (object, "State"));

  _lading_container_status_parse (_lading_json_get_string (object, "Status"), now, &status);
  self->exit_code = status.exit_code;
  self->health = status.health;
  self->started_at = status.started_at;
  self->started_at_precision = status.started_at_precision;
  self->finished_at = status.finished_at;
  self->finished_at_precision = status.finished_at_precision;

  g_free (self->ports);
  self->ports = _lading_ports_from_list (_lading_json_get_array (object, "Ports"));
  take_labels (self, object, "Labels");
  take_volume_names (self, _lading_json_get_array (object, "Mounts"));
  take_network_names (self, object);
  take_network_mode (self, object);

  return g_steal_pointer (&self);
}

GPtrArray *
_lading_container_list_parse (GBytes  *bytes,
                              gint64   now,
                              GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_list (bytes, "containers", parse_list_element, &now, error);
}

static void
take_inspect_state (LadingContainer *self,
                    JsonObject      *state)
{
  JsonObject *health;
  gint64 exit_code;

  if (state == NULL)
    return;

  health = _lading_json_get_object (state, "Health");
  exit_code = _lading_json_get_int (state, "ExitCode", 0);

  self->state = state_from_string (_lading_json_get_string (state, "Status"));
  self->exit_code = CLAMP (exit_code, G_MININT, G_MAXINT);
  self->started_at = _lading_json_parse_time (_lading_json_get_string (state, "StartedAt"));
  self->finished_at = _lading_json_parse_time (_lading_json_get_string (state, "FinishedAt"));
  self->started_at_precision = self->finished_at_precision = LADING_TIME_EXACT;

  if (health != NULL)
    self->health = health_from_string (_lading_json_get_string (health, "Status"));
}

LadingContainer *
_lading_container_new_from_inspect_json (JsonObject  *object,
                                         GError     **error)
{
  g_autoptr(LadingContainer) self = NULL;
  JsonObject *config;
  JsonObject *network_settings;

  g_return_val_if_fail (object != NULL, NULL);

  if ((self = container_new (object, error)) == NULL)
    return NULL;

  config = _lading_json_get_object (object, "Config");
  network_settings = _lading_json_get_object (object, "NetworkSettings");

  take_name (self, _lading_json_get_string (object, "Name"));
  take_string (&self->image, config != NULL ? _lading_json_get_string (config, "Image") : NULL);
  take_string (&self->image_id, _lading_json_get_string (object, "Image"));

  g_free (self->command);
  self->command = _lading_command_from_args (_lading_json_get_string (object, "Path"),
                                             _lading_json_get_array (object, "Args"));

  self->created = _lading_json_parse_time (_lading_json_get_string (object, "Created"));
  take_inspect_state (self, _lading_json_get_object (object, "State"));

  g_free (self->ports);
  self->ports = _lading_ports_from_map (network_settings != NULL
                                        ? _lading_json_get_object (network_settings, "Ports")
                                        : NULL);
  take_labels (self, config, "Labels");
  take_volume_names (self, _lading_json_get_array (object, "Mounts"));
  take_network_names (self, object);
  take_network_mode (self, object);

  return g_steal_pointer (&self);
}

LadingContainer *
_lading_container_inspect_parse (GBytes  *bytes,
                                 GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_single (bytes, "a container", parse_inspect, NULL, error);
}
