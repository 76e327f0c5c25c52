/* lading-engine-images.c
 *
 * What LadingEngine does to local images: tag, remove (untag), prune.
 * Pulls and pushes stream their progress and are LadingImageTransfer's.
 * As with containers, the lists learn of the change through /events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-json-private.h"

/**
 * lading_engine_tag_image_async:
 * @image: an image id or name
 * @repository: the new name's repository, "registry.example.com/team/app"
 * @tag: the new name's tag
 *
 * Gives @image another name; a name another image had moves to this one.
 */
void
lading_engine_tag_image_async (LadingEngine        *self,
                               const char          *image,
                               const char          *repository,
                               const char          *tag,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *escaped_repository = NULL;
  g_autofree char *escaped_tag = NULL;
  g_autofree char *query = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (image != NULL && repository != NULL && tag != NULL);

  escaped_repository = g_uri_escape_string (repository, NULL, FALSE);
  escaped_tag = g_uri_escape_string (tag, NULL, FALSE);
  query = g_strconcat ("/tag?repo=", escaped_repository, "&tag=", escaped_tag, NULL);
  path = _lading_engine_dup_object_path ("/images/", image, query);
  _lading_engine_request_async (self, "POST", path, _lading_engine_parse_nothing, NULL,
                                lading_engine_tag_image_async, cancellable, callback, user_data);
}

gboolean
lading_engine_tag_image_finish (LadingEngine  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_tag_image_async,
                                        error);
}

/**
 * lading_engine_remove_image_async:
 * @image: an image id, or one of its names
 * @force: also when containers use it (they keep running, on an image
 *   without a name); for an id, remove every name it has
 *
 * For a name of an image that has others, removes that name only (untag);
 * else removes the image and the parents only it used.  Without @force an
 * image that containers use fails with %LADING_ENGINE_ERROR_CONFLICT.
 */
void
lading_engine_remove_image_async (LadingEngine        *self,
                                  const char          *image,
                                  gboolean             force,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (image != NULL);

  path = _lading_engine_dup_object_path ("/images/", image, force ? "?force=1" : "");
  _lading_engine_request_async (self, "DELETE", path, _lading_engine_parse_nothing, NULL,
                                lading_engine_remove_image_async, cancellable, callback,
                                user_data);
}

gboolean
lading_engine_remove_image_finish (LadingEngine  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_remove_image_async,
                                        error);
}

struct _LadingPruneReport
{
  GStrv  deleted;
  GStrv  untagged;
  gint64 space_reclaimed;
};

G_DEFINE_BOXED_TYPE (LadingPruneReport, lading_prune_report, lading_prune_report_copy,
                     lading_prune_report_free)

LadingPruneReport *
lading_prune_report_copy (const LadingPruneReport *self)
{
  LadingPruneReport *copy = g_new0 (LadingPruneReport, 1);

  copy->deleted = g_strdupv (self->deleted);
  copy->untagged = g_strdupv (self->untagged);
  copy->space_reclaimed = self->space_reclaimed;

  return copy;
}

void
lading_prune_report_free (LadingPruneReport *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->deleted);
  g_strfreev (self->untagged);
  g_free (self);
}

/* Ids of the images removed (parents of no other use included) and the
 * chain ids of the layers that went with them, in the engine's order. */
const char * const *
lading_prune_report_get_deleted (const LadingPruneReport *self)
{
  return (const char * const *)self->deleted;
}

/* Names that went with them. */
const char * const *
lading_prune_report_get_untagged (const LadingPruneReport *self)
{
  return (const char * const *)self->untagged;
}

/* Bytes the engine gave back. */
gint64
lading_prune_report_get_space_reclaimed (const LadingPruneReport *self)
{
  return self->space_reclaimed;
}

/* {"ImagesDeleted":[{"Untagged":"a:1"},{"Deleted":"sha256:…"}],"SpaceReclaimed":123};
 * ImagesDeleted is null when nothing went. */
static gpointer
parse_prune_report (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(JsonNode) root = _lading_json_parse_object_bytes (bytes, "a prune reply", error);
  g_autoptr(GStrvBuilder) deleted = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) untagged = g_strv_builder_new ();
  LadingPruneReport *report;
  JsonObject *object;
  JsonArray *items;

  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  items = _lading_json_get_array (object, "ImagesDeleted");
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = item != NULL ? _lading_json_get_string (item, "Deleted") : NULL;
      const char *name = item != NULL ? _lading_json_get_string (item, "Untagged") : NULL;

      if (id != NULL)
        g_strv_builder_add (deleted, id);
      if (name != NULL)
        g_strv_builder_add (untagged, name);
    }

  /* A build cache prune names the records it deleted. */
  items = _lading_json_get_array (object, "CachesDeleted");
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      const char *id = _lading_json_get_element_string (items, i);

      if (id != NULL)
        g_strv_builder_add (deleted, id);
    }

  report = g_new0 (LadingPruneReport, 1);
  report->deleted = g_strv_builder_end (deleted);
  report->untagged = g_strv_builder_end (untagged);
  report->space_reclaimed = MAX (_lading_json_get_int (object, "SpaceReclaimed", 0), 0);

  return report;
}

/**
 * lading_engine_prune_images_async:
 * @all_unused: every image no container uses, not only those without a name
 *
 * Removes the images `docker image prune` would (`-a` for @all_unused).
 */
void
lading_engine_prune_images_async (LadingEngine        *self,
                                  gboolean             all_unused,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *filters = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));

  filters = g_uri_escape_string (all_unused ? "{\"dangling\":[\"false\"]}"
                                            : "{\"dangling\":[\"true\"]}", NULL, FALSE);
  path = g_strconcat ("/images/prune?filters=", filters, NULL);
  _lading_engine_request_async (self, "POST", path, parse_prune_report,
                                (GDestroyNotify)lading_prune_report_free,
                                lading_engine_prune_images_async, cancellable, callback,
                                user_data);
}

/**
 * lading_engine_prune_images_finish:
 *
 * Returns: (transfer full): what went, or %NULL with @error set
 */
LadingPruneReport *
lading_engine_prune_images_finish (LadingEngine  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_prune_images_async, error);
}

/**
 * lading_engine_prune_build_cache_async:
 *
 * Removes the build cache no build uses (`docker builder prune -a`).
 */
void
lading_engine_prune_build_cache_async (LadingEngine        *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));

  _lading_engine_request_async (self, "POST", "/build/prune?all=1", parse_prune_report,
                                (GDestroyNotify)lading_prune_report_free,
                                lading_engine_prune_build_cache_async, cancellable, callback,
                                user_data);
}

/**
 * lading_engine_prune_build_cache_finish:
 *
 * Returns: (transfer full): the records that went (as deleted) and the
 *   bytes freed, or %NULL with @error set
 */
LadingPruneReport *
lading_engine_prune_build_cache_finish (LadingEngine  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_prune_build_cache_async, error);
}
