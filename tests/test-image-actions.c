/* test-image-actions.c
 *
 * Tag, remove, prune, save and load against the private engine, and the
 * prune preview the Images page shows against what the engine then removes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-image-actions.h"
#include "lading-test-util.h"

#define FIRST_NAME  "lading-test-actions:first"
#define SECOND_NAME "lading-test-actions:second"

static gboolean
tag (LadingEngine  *engine,
     const char    *image,
     const char    *repository,
     const char    *tag_name,
     GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_tag_image_async (engine, image, repository, tag_name, NULL,
                                 lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "tag");
  return lading_engine_tag_image_finish (engine, result, error);
}

static gboolean
remove_image (LadingEngine  *engine,
              const char    *image,
              gboolean       force,
              GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_remove_image_async (engine, image, force, NULL, lading_test_keep_result_cb,
                                    &result);
  lading_test_await_result (&result, "remove");
  return lading_engine_remove_image_finish (engine, result, error);
}

/* A new image of its own: the fixture with 100 kB of random bytes more. */
static char *
commit_image (const char *repository,
              const char *tag_name)
{
  g_autofree char *id = lading_test_create_script_container ("lading-test-actions-build",
                                                             "head -c 100000 /dev/urandom > /made", NULL);
  g_autofree char *wait_path = g_strdup_printf ("/containers/%s/wait", id);
  g_autofree char *commit_path = NULL;
  g_autoptr(JsonNode) waited = NULL;
  g_autoptr(JsonNode) committed = NULL;
  guint status = 0;

  commit_path = repository != NULL
                ? g_strdup_printf ("/commit?container=%s&repo=%s&tag=%s", id, repository, tag_name)
                : g_strdup_printf ("/commit?container=%s", id);
  lading_test_container_action (id, "start", 204);
  waited = lading_test_api ("POST", wait_path, NULL, &status);
  committed = lading_test_api ("POST", commit_path, "{}", &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_remove_container (id);

  return g_strdup (json_object_get_string_member (json_node_get_object (committed), "Id"));
}

/* A second name, then removing one of two names leaves the image. */
static void
test_tag_and_untag (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = commit_image ("lading-test-actions", "first");
  g_autoptr(GError) error = NULL;

  g_assert_true (tag (engine, id, "lading-test-actions", "second", &error));
  g_assert_no_error (error);
  g_assert_true (lading_test_image_exists (SECOND_NAME));

  g_assert_true (remove_image (engine, FIRST_NAME, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (lading_test_image_exists (FIRST_NAME));
  g_assert_true (lading_test_image_exists (id));

  /* A bad name is the engine's to refuse (with a 500), in its words. */
  g_assert_false (tag (engine, id, "Bad Name", "1", &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "invalid reference format"));
  g_clear_error (&error);

  g_assert_true (remove_image (engine, SECOND_NAME, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (lading_test_image_exists (id));
}

/* An image a container uses is removed only by force. */
static void
test_remove_used (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = commit_image ("lading-test-actions", "used");
  g_autofree char *body = g_strdup_printf ("{\"Image\":\"%s\",\"Cmd\":[\"true\"],"
                                           "\"HostConfig\":{\"NetworkMode\":\"none\"}}", id);
  g_autoptr(JsonNode) created = NULL;
  g_autoptr(GError) error = NULL;
  guint status = 0;

  created = lading_test_api ("POST", "/containers/create?name=lading-test-actions-user", body,
                             &status);
  g_assert_cmpuint (status, ==, 201);

  g_assert_false (remove_image (engine, id, FALSE, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (lading_test_image_exists (id));

  g_assert_true (remove_image (engine, id, TRUE, &error));
  g_assert_no_error (error);

  lading_test_remove_container (json_object_get_string_member (json_node_get_object (created),
                                                               "Id"));
  lading_test_remove_image (id);
}

static gboolean
store_loaded (gpointer data)
{
  return lading_test_store_loaded (data);
}

typedef struct
{
  LadingStore *store;
  const char  *id;
} ImageWait;

static gboolean
store_has_image (gpointer data)
{
  ImageWait *wait = data;
  GListModel *images = lading_store_get_images (wait->store);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);

      if (g_strcmp0 (lading_image_get_id (image), wait->id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* What the dialog lists is what the engine takes: the dangling image no
 * container uses goes, the one a container uses stays. */
static void
test_prune_matches_preview (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingEngine) store_engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (store_engine);
  g_autofree char *unused = commit_image (NULL, NULL);
  g_autofree char *used = commit_image (NULL, NULL);
  g_autofree char *body = g_strdup_printf ("{\"Image\":\"%s\",\"Cmd\":[\"true\"],"
                                           "\"HostConfig\":{\"NetworkMode\":\"none\"}}", used);
  g_autoptr(LadingPruneReport) report = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) created = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) preview = g_ptr_array_new_with_free_func (g_free);
  GListModel *images;
  ImageWait wait = { NULL, NULL };
  guint status = 0;

  created = lading_test_api ("POST", "/containers/create?name=lading-test-actions-keeper", body,
                             &status);
  g_assert_cmpuint (status, ==, 201);

  lading_store_start (store);
  lading_test_await (store_loaded, store, "the store to load");
  wait.store = store;
  wait.id = used;
  lading_test_await (store_has_image, &wait, "the used image in the store");

  /* The preview, as lading_image_actions_prune() builds it. */
  images = lading_store_get_images (store);
  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);
      g_autoptr(GPtrArray) users = lading_image_actions_dup_users (store, image);

      if (users->len > 0 || !lading_image_get_dangling (image))
        {
          g_assert_cmpstr (lading_image_get_id (image), !=, unused);
          continue;
        }
      g_assert_cmpstr (lading_image_get_id (image), !=, used);
      g_ptr_array_add (preview, g_strdup (lading_image_get_id (image)));
    }
  g_assert_true (g_ptr_array_find_with_equal_func (preview, unused, g_str_equal, NULL));

  lading_engine_prune_images_async (engine, FALSE, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "prune");
  report = lading_engine_prune_images_finish (engine, result, &error);
  g_assert_no_error (error);

  /* "Deleted" names the layers that went too. */
  for (guint i = 0; i < preview->len; i++)
    g_assert_true (g_strv_contains (lading_prune_report_get_deleted (report),
                                    g_ptr_array_index (preview, i)));
  g_assert_false (g_strv_contains (lading_prune_report_get_deleted (report), used));
  g_assert_cmpint (lading_prune_report_get_space_reclaimed (report), >, 0);
  g_assert_false (lading_test_image_exists (unused));
  g_assert_true (lading_test_image_exists (used));

  lading_test_remove_container (json_object_get_string_member (json_node_get_object (created),
                                                               "Id"));
  lading_test_remove_image (used);
}

static void
count_progress_cb (goffset  done,
                   gpointer user_data)
{
  goffset *last = user_data;

  g_assert_cmpint (done, >=, *last);
  *last = done;
}

/* Out to a tar file and back in, as docker save and load. */
static void
test_save_and_load (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = commit_image ("lading-test-actions", "saved");
  g_autofree char *dir = g_dir_make_tmp ("lading-test-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "image.tar", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) loaded = NULL;
  goffset saved = 0, sent = 0;
  gsize length = 0;

  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  lading_engine_save_image_async (engine, "lading-test-actions:saved", G_OUTPUT_STREAM (output),
                                  count_progress_cb, &saved, NULL, lading_test_keep_result_cb,
                                  &result);
  lading_test_await_result (&result, "save");
  g_assert_true (lading_engine_save_image_finish (engine, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (output), NULL, &error));

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  /* The fixture's busybox and our 100 kB, in docker save's layout. */
  g_assert_cmpuint (length, >, 1000000);
  g_assert_cmpint (saved, ==, (goffset)length);
  /* Tar headers hold NULs: memmem, not strstr. */
  g_assert_nonnull (memmem (contents, length, "manifest.json", strlen ("manifest.json")));

  lading_test_remove_image ("lading-test-actions:saved");
  g_assert_false (lading_test_image_exists (id));

  input = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  lading_engine_load_image_async (engine, G_INPUT_STREAM (input), length, count_progress_cb,
                                  &sent, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "load");
  loaded = lading_engine_load_image_finish (engine, result, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (loaded, ((const char * const []) { "lading-test-actions:saved", NULL }));
  g_assert_cmpint (sent, ==, (goffset)length);
  g_assert_true (lading_test_image_exists (id));

  lading_test_remove_image ("lading-test-actions:saved");
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* A file that is no image archive, and an image that is not there. */
static void
test_save_and_load_errors (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GInputStream) garbage = g_memory_input_stream_new_from_data ("not a tar file", 14,
                                                                         NULL);
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) loaded = NULL;

  lading_engine_load_image_async (engine, garbage, 14, NULL, NULL, NULL,
                                  lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "load");
  loaded = lading_engine_load_image_finish (engine, result, &error);
  g_assert_null (loaded);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_clear_object (&result);

  lading_engine_save_image_async (engine, "lading-test-no-such-image:1", output, NULL, NULL,
                                  NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "save");
  g_assert_false (lading_engine_save_image_finish (engine, result, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/image-actions/tag-and-untag", test_tag_and_untag);
  g_test_add_func ("/integration/image-actions/remove-used", test_remove_used);
  g_test_add_func ("/integration/image-actions/prune-matches-preview", test_prune_matches_preview);
  g_test_add_func ("/integration/image-actions/save-and-load", test_save_and_load);
  g_test_add_func ("/integration/image-actions/save-and-load-errors", test_save_and_load_errors);

  return g_test_run ();
}
