/* test-image-tags.c
 *
 * LadingImageTags over recorded images: a row for each tag as `docker
 * images` lists them, "<none>" for a dangling image, rows that follow
 * their image's facts, and tag changes that touch that image's rows only,
 * keeping the rows whose tag stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-image-tags.h"
#include "lading-models-private.h"
#include "lading-test-data.h"

#define DANGLING_ID "sha256:507f361923e8"
#define FIXTURE_ID "sha256:cf7338c0c6ef"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n_changes;
} LastChange;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  LastChange *last)
{
  *last = (LastChange) { position, removed, added, last->n_changes + 1 };
}

/* "repository:tag" of every row, space-separated. */
static char *
dup_rows (GListModel *rows)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LadingImageTag) row = g_list_model_get_item (rows, i);

      g_string_append_printf (text, "%s%s:%s", i > 0 ? " " : "",
                              lading_image_tag_get_repository (row),
                              lading_image_tag_get_tag (row));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static LadingImage *
find_image (GListModel *images,
            const char *id_prefix)
{
  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);

      if (g_str_has_prefix (lading_image_get_id (image), id_prefix))
        return image;
    }

  g_assert_not_reached ();
}

/* @image with other tags and size, as a new list would bring it. */
static LadingImage *
image_like (LadingImage *image,
            const char  *repo_tags_json,
            gint64       size)
{
  g_autofree char *json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) images = NULL;

  json = g_strdup_printf ("[{\"Id\":\"%s\",\"RepoTags\":%s,\"Size\":%" G_GINT64_FORMAT "}]",
                          lading_image_get_id (image), repo_tags_json, size);
  bytes = g_bytes_new (json, strlen (json));
  images = _lading_image_list_parse (bytes, NULL);

  g_assert_cmpuint (images->len, ==, 1);
  return g_object_ref (g_ptr_array_index (images, 0));
}

static void
test_image_tags_rows (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("images-list.json");
  g_autoptr(GPtrArray) images = _lading_image_list_parse (bytes, NULL);
  g_autoptr(GListStore) store = g_list_store_new (LADING_TYPE_IMAGE);
  g_autoptr(LadingImageTags) tags = NULL;
  g_autoptr(LadingImageTag) row = NULL;
  g_autofree char *rows = NULL;

  g_list_store_splice (store, 0, 0, images->pdata, images->len);
  tags = lading_image_tags_new (G_LIST_MODEL (store));

  rows = dup_rows (G_LIST_MODEL (tags));
  g_assert_cmpstr (rows, ==, "<none>:<none> lading-demo:1.0 lading-fixture:latest "
                             "localhost:5000/lading/fixture:v2");
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (tags)) == LADING_TYPE_IMAGE_TAG);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (tags), 4));

  /* The dangling row and a tag's row show their image's facts. */
  row = g_list_model_get_item (G_LIST_MODEL (tags), 0);
  g_assert_cmpstr (lading_image_tag_get_repo_tag (row), ==, "<none>:<none>");
  g_assert_true (lading_image_tag_get_untagged (row));
  g_assert_true (lading_image_tag_get_image (row) ==
                 find_image (G_LIST_MODEL (store), DANGLING_ID));
  g_clear_object (&row);

  row = g_list_model_get_item (G_LIST_MODEL (tags), 3);
  {
    g_autofree char *short_id = NULL;
    gint64 size = 0;
    gboolean dangling = TRUE;

    g_object_get (row, "short-id", &short_id, "size", &size, "dangling", &dangling, NULL);
    g_assert_cmpstr (short_id, ==, "cf7338c0c6ef");
    g_assert_cmpint (size, ==, 1985472);
    g_assert_false (dangling);
  }
  g_assert_cmpstr (lading_image_tag_get_repo_tag (row), ==, "localhost:5000/lading/fixture:v2");
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_image_tags_follow (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("images-list.json");
  g_autoptr(GPtrArray) images = _lading_image_list_parse (bytes, NULL);
  g_autoptr(GListStore) store = g_list_store_new (LADING_TYPE_IMAGE);
  g_autoptr(LadingImageTags) tags = NULL;
  g_autoptr(LadingImageTag) kept = NULL;
  g_autoptr(LadingImageTag) after = NULL;
  g_autoptr(LadingImage) retagged = NULL;
  g_autoptr(LadingImage) bigger = NULL;
  g_autofree char *rows = NULL;
  LastChange last = { 0 };
  LadingImage *fixture;
  guint n_size_notifies = 0;

  g_list_store_splice (store, 0, 0, images->pdata, images->len);
  tags = lading_image_tags_new (G_LIST_MODEL (store));
  g_signal_connect (tags, "items-changed", G_CALLBACK (items_changed_cb), &last);
  fixture = find_image (G_LIST_MODEL (store), FIXTURE_ID);
  kept = g_list_model_get_item (G_LIST_MODEL (tags), 2);
  g_assert_cmpstr (lading_image_tag_get_repo_tag (kept), ==, "lading-fixture:latest");

  /* A new size: the rows say so, and the list does not change. */
  g_signal_connect (kept, "notify::size", G_CALLBACK (count_notify_cb), &n_size_notifies);
  bigger = image_like (fixture, "[\"lading-fixture:latest\",\"localhost:5000/lading/fixture:v2\"]",
                       2000000);
  _lading_image_assign (fixture, bigger);
  g_assert_cmpuint (n_size_notifies, ==, 1);
  g_assert_cmpuint (last.n_changes, ==, 0);

  /* One tag gone, one new: only the fixture's rows change, and the row of
   * the tag that stays is the same object. */
  retagged = image_like (fixture, "[\"lading-fixture:latest\",\"lading-fixture:stable\","
                                  "\"lading-fixture:v3\"]", 2000000);
  _lading_image_assign (fixture, retagged);
  g_assert_cmpuint (last.n_changes, ==, 1);
  g_assert_cmpuint (last.position, ==, 2);
  g_assert_cmpuint (last.removed, ==, 2);
  g_assert_cmpuint (last.added, ==, 3);
  rows = dup_rows (G_LIST_MODEL (tags));
  g_assert_cmpstr (rows, ==, "<none>:<none> lading-demo:1.0 lading-fixture:latest "
                             "lading-fixture:stable lading-fixture:v3");
  after = g_list_model_get_item (G_LIST_MODEL (tags), 2);
  g_assert_true (after == kept);

  /* The same tags again: nothing to tell. */
  _lading_image_assign (fixture, retagged);
  g_assert_cmpuint (last.n_changes, ==, 1);

  /* An image that goes takes its rows. */
  g_list_store_remove (store, 0);
  g_assert_cmpuint (last.n_changes, ==, 2);
  g_assert_cmpuint (last.position, ==, 0);
  g_assert_cmpuint (last.removed, ==, 1);
  g_assert_cmpuint (last.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tags)), ==, 4);

  /* Nothing else holds a row. */
  g_clear_object (&after);
  g_clear_object (&tags);
  g_assert_finalize_object (g_steal_pointer (&kept));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/image-tags/rows", test_image_tags_rows);
  g_test_add_func ("/api/image-tags/follow", test_image_tags_follow);

  return g_test_run ();
}
