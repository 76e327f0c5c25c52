/* lading-image-config.c
 *
 * What an image's inspect says of how its containers run (its Config:
 * entrypoint, command, environment, exposed ports, volumes, working
 * directory, user) and of what it is (platform, digests).  Only an inspect
 * has it, so only images from lading_engine_inspect_image_async() carry one;
 * it never changes once read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-config"

#include "config.h"

#include "lading-image-config.h"
#include "lading-json-private.h"
#include "lading-models-private.h"

struct _LadingImageConfig
{
  char **entrypoint;
  char **cmd;
  char **env;
  char **exposed_ports;  /* "8080/tcp", sorted */
  char **volumes;        /* sorted */
  char **repo_digests;
  char  *working_dir;
  char  *user;
  char  *os;
  char  *architecture;
  char  *variant;
};

G_DEFINE_BOXED_TYPE (LadingImageConfig, lading_image_config,
                     lading_image_config_ref, lading_image_config_unref)

static void
config_clear (gpointer data)
{
  LadingImageConfig *self = data;

  g_strfreev (self->entrypoint);
  g_strfreev (self->cmd);
  g_strfreev (self->env);
  g_strfreev (self->exposed_ports);
  g_strfreev (self->volumes);
  g_strfreev (self->repo_digests);
  g_free (self->working_dir);
  g_free (self->user);
  g_free (self->os);
  g_free (self->architecture);
  g_free (self->variant);
}

LadingImageConfig *
lading_image_config_ref (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
lading_image_config_unref (LadingImageConfig *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, config_clear);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* ExposedPorts and Volumes are JSON objects whose keys are the values:
 * {"8080/tcp": {}}.  Sorted, since the engine walks a map. */
static char **
dup_sorted_keys (JsonObject *object)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (object != NULL)
    {
      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &key, &node))
        g_ptr_array_add (keys, g_strdup (key));
    }

  g_ptr_array_sort (keys, compare_strings);
  g_ptr_array_add (keys, NULL);

  return (char **)g_ptr_array_steal (keys, NULL);
}

static char *
dup_string (JsonObject *object,
            const char *member)
{
  const char *value = object != NULL ? _lading_json_get_string (object, member) : NULL;

  return g_strdup (value != NULL ? value : "");
}

static char **
dup_strv (JsonObject *object,
          const char *member)
{
  return _lading_json_dup_strv (object != NULL ? _lading_json_get_array (object, member) : NULL);
}

static char **
dup_keys (JsonObject *object,
          const char *member)
{
  return dup_sorted_keys (object != NULL ? _lading_json_get_object (object, member) : NULL);
}

/* From the whole inspect object; the members it lacks are empty. */
LadingImageConfig *
_lading_image_config_new_from_json (JsonObject *inspect)
{
  LadingImageConfig *self = g_atomic_rc_box_new0 (LadingImageConfig);
  JsonObject *config = _lading_json_get_object (inspect, "Config");

  self->entrypoint = dup_strv (config, "Entrypoint");
  self->cmd = dup_strv (config, "Cmd");
  self->env = dup_strv (config, "Env");
  self->exposed_ports = dup_keys (config, "ExposedPorts");
  self->volumes = dup_keys (config, "Volumes");
  self->repo_digests = dup_strv (inspect, "RepoDigests");
  self->working_dir = dup_string (config, "WorkingDir");
  self->user = dup_string (config, "User");
  self->os = dup_string (inspect, "Os");
  self->architecture = dup_string (inspect, "Architecture");
  self->variant = dup_string (inspect, "Variant");

  return self;
}

const char * const *
lading_image_config_get_entrypoint (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->entrypoint;
}

const char * const *
lading_image_config_get_cmd (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->cmd;
}

const char * const *
lading_image_config_get_env (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->env;
}

const char * const *
lading_image_config_get_exposed_ports (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->exposed_ports;
}

const char * const *
lading_image_config_get_volumes (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->volumes;
}

const char * const *
lading_image_config_get_repo_digests (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->repo_digests;
}

const char *
lading_image_config_get_working_dir (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->working_dir;
}

const char *
lading_image_config_get_user (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->user;
}

const char *
lading_image_config_get_os (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->os;
}

const char *
lading_image_config_get_architecture (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->architecture;
}

const char *
lading_image_config_get_variant (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->variant;
}

/* "linux/amd64", or "linux/arm64/v8" with a variant, as `--platform` takes
 * it; empty when the inspect did not say. */
char *
lading_image_config_dup_platform (LadingImageConfig *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->os[0] == '\0' || self->architecture[0] == '\0')
    return g_strdup ("");

  return g_strjoin ("/", self->os, self->architecture,
                    self->variant[0] != '\0' ? self->variant : NULL, NULL);
}
