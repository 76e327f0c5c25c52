/* test-image-reference.c
 *
 * Image references as the docker CLI reads and normalises them, and what
 * each wrong one is told.  The expected forms are those `docker pull` and
 * `docker tag` accept and print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-api-enums.h"
#include "lading-image-reference.h"

#define DIGEST "sha256:6f25d0c5f7d7b0c1f6c4e2f0d9ab3a1e77d7e8c1d2f3a4b5c6d7e8f9a0b1c2d3"

typedef struct
{
  const char *text;
  const char *registry;
  const char *path;
  const char *tag;
  const char *digest;
  const char *familiar;
} Valid;

static void
test_valid (void)
{
  static const Valid cases[] = {
    { "busybox", "docker.io", "library/busybox", "latest", NULL, "busybox:latest" },
    { "busybox:1.36", "docker.io", "library/busybox", "1.36", NULL, "busybox:1.36" },
    { "library/busybox", "docker.io", "library/busybox", "latest", NULL, "busybox:latest" },
    { "docker.io/library/busybox:1", "docker.io", "library/busybox", "1", NULL, "busybox:1" },
    { "index.docker.io/gnome/app", "docker.io", "gnome/app", "latest", NULL, "gnome/app:latest" },
    { "gnome/builder-x_y.z:v2.0-rc_1", "docker.io", "gnome/builder-x_y.z", "v2.0-rc_1", NULL,
      "gnome/builder-x_y.z:v2.0-rc_1" },
    { "127.0.0.1:5000/busybox", "127.0.0.1:5000", "busybox", "latest", NULL,
      "127.0.0.1:5000/busybox:latest" },
    { "localhost/team/app:dev", "localhost", "team/app", "dev", NULL, "localhost/team/app:dev" },
    { "registry.example.com:443/a/b/c:tag", "registry.example.com:443", "a/b/c", "tag", NULL,
      "registry.example.com:443/a/b/c:tag" },
    { "busybox:Stable-2", "docker.io", "library/busybox", "Stable-2", NULL, "busybox:Stable-2" },
    { "busybox@" DIGEST, "docker.io", "library/busybox", NULL, DIGEST, "busybox@" DIGEST },
    { "busybox:1.36@" DIGEST, "docker.io", "library/busybox", "1.36", DIGEST,
      "busybox:1.36@" DIGEST },
    { "a__b--c", "docker.io", "library/a__b--c", "latest", NULL, "a__b--c:latest" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Valid *valid = &cases[i];
      LadingImageReferenceProblem problem = LADING_IMAGE_REFERENCE_EMPTY;
      g_autoptr(LadingImageReference) reference = lading_image_reference_parse (valid->text,
                                                                               &problem);
      g_autoptr(LadingImageReference) copy = NULL;
      g_autoptr(LadingImageReference) again = NULL;
      g_autofree char *familiar = NULL;
      g_autofree char *whole = NULL;

      g_test_message ("%s", valid->text);
      g_assert_cmpint (problem, ==, LADING_IMAGE_REFERENCE_OK);
      g_assert_cmpint (lading_image_reference_check (valid->text), ==, LADING_IMAGE_REFERENCE_OK);
      g_assert_nonnull (reference);
      g_assert_cmpstr (lading_image_reference_get_registry (reference), ==, valid->registry);
      g_assert_cmpstr (lading_image_reference_get_path (reference), ==, valid->path);
      g_assert_cmpstr (lading_image_reference_get_tag (reference), ==, valid->tag);
      g_assert_cmpstr (lading_image_reference_get_digest (reference), ==, valid->digest);
      familiar = lading_image_reference_dup_familiar (reference);
      g_assert_cmpstr (familiar, ==, valid->familiar);

      /* The whole form reads back as the same reference. */
      whole = lading_image_reference_dup_string (reference);
      again = lading_image_reference_parse (whole, NULL);
      g_assert_nonnull (again);
      g_assert_cmpstr (lading_image_reference_get_registry (again), ==, valid->registry);
      g_assert_cmpstr (lading_image_reference_get_path (again), ==, valid->path);

      copy = lading_image_reference_copy (reference);
      g_assert_cmpstr (lading_image_reference_get_path (copy), ==, valid->path);
      g_assert_cmpint (lading_image_reference_is_docker_hub (copy), ==,
                       g_str_equal (valid->registry, "docker.io"));
    }
}

static void
test_repository (void)
{
  g_autoptr(LadingImageReference) hub = lading_image_reference_parse ("busybox:1.36", NULL);
  g_autoptr(LadingImageReference) local = lading_image_reference_parse ("127.0.0.1:5000/x/y", NULL);
  g_autofree char *hub_repository = lading_image_reference_dup_repository (hub);
  g_autofree char *local_repository = lading_image_reference_dup_repository (local);
  g_autofree char *local_whole = lading_image_reference_dup_string (local);

  g_assert_cmpstr (hub_repository, ==, "docker.io/library/busybox");
  g_assert_cmpstr (local_repository, ==, "127.0.0.1:5000/x/y");
  g_assert_cmpstr (local_whole, ==, "127.0.0.1:5000/x/y:latest");
}

typedef struct
{
  const char                  *text;
  LadingImageReferenceProblem  problem;
} Invalid;

static void
test_invalid (void)
{
  g_autofree char *long_name = g_strnfill (300, 'a');
  g_autofree char *long_tag = g_strconcat ("busybox:", long_name, NULL);
  /* The limit counts the normalised name: "docker.io/library/" is 18. */
  g_autofree char *longest_name = g_strnfill (255 - 18, 'a');
  g_autofree char *over_long_name = g_strnfill (255 - 17, 'a');
  const Invalid cases[] = {
    { "", LADING_IMAGE_REFERENCE_EMPTY },
    { NULL, LADING_IMAGE_REFERENCE_EMPTY },
    { ":latest", LADING_IMAGE_REFERENCE_EMPTY },
    { long_name, LADING_IMAGE_REFERENCE_TOO_LONG },
    { over_long_name, LADING_IMAGE_REFERENCE_TOO_LONG },
    { "busybox\n", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "busybox:latest\n", LADING_IMAGE_REFERENCE_BAD_TAG },
    { "BusyBox", LADING_IMAGE_REFERENCE_UPPERCASE },
    { "library/BusyBox:1", LADING_IMAGE_REFERENCE_UPPERCASE },
    { "127.0.0.1:5000/App", LADING_IMAGE_REFERENCE_UPPERCASE },
    /* The engine refuses these, though the reference grammar allows them. */
    { "Example/app", LADING_IMAGE_REFERENCE_UPPERCASE },
    { "Registry.example.com/app", LADING_IMAGE_REFERENCE_UPPERCASE },
    { "[::1]:5000/app", LADING_IMAGE_REFERENCE_BAD_REGISTRY },
    { "busy box", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "busybox::latest", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "a//b", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "team/", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "-busybox", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "a..b", LADING_IMAGE_REFERENCE_BAD_REPOSITORY },
    { "busybox:", LADING_IMAGE_REFERENCE_BAD_TAG },
    { "busybox:.hidden", LADING_IMAGE_REFERENCE_BAD_TAG },
    { "busybox:a/b", LADING_IMAGE_REFERENCE_BAD_REGISTRY },
    { long_tag, LADING_IMAGE_REFERENCE_BAD_TAG },
    { "bad_host.:5000/app", LADING_IMAGE_REFERENCE_BAD_REGISTRY },
    { "host:port/app", LADING_IMAGE_REFERENCE_BAD_REGISTRY },
    { "busybox@sha256:abc", LADING_IMAGE_REFERENCE_BAD_DIGEST },
    { "busybox@md5:0123456789abcdef0123456789abcdef", LADING_IMAGE_REFERENCE_BAD_DIGEST },
    { "busybox@sha256:6F25D0C5F7D7B0C1F6C4E2F0D9AB3A1E77D7E8C1D2F3A4B5C6D7E8F9A0B1C2D3",
      LADING_IMAGE_REFERENCE_BAD_DIGEST },
    { "busybox@sha512:6f25d0c5f7d7b0c1f6c4e2f0d9ab3a1e77d7e8c1d2f3a4b5c6d7e8f9a0b1c2d3",
      LADING_IMAGE_REFERENCE_BAD_DIGEST },
    { "busybox@", LADING_IMAGE_REFERENCE_BAD_DIGEST },
    { "6f25d0c5f7d7b0c1f6c4e2f0d9ab3a1e77d7e8c1d2f3a4b5c6d7e8f9a0b1c2d3",
      LADING_IMAGE_REFERENCE_IMAGE_ID },
  };
  g_autoptr(LadingImageReference) longest = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LadingImageReferenceProblem problem = LADING_IMAGE_REFERENCE_OK;
      g_autoptr(LadingImageReference) reference = lading_image_reference_parse (cases[i].text,
                                                                               &problem);

      g_test_message ("%s", cases[i].text != NULL ? cases[i].text : "(null)");
      g_assert_null (reference);
      g_assert_cmpint (problem, ==, cases[i].problem);
      g_assert_cmpint (lading_image_reference_check (cases[i].text), ==, cases[i].problem);
    }

  /* 255 characters is the longest normalised name. */
  longest = lading_image_reference_parse (longest_name, NULL);
  g_assert_nonnull (longest);
}

static void
test_enum (void)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (LADING_TYPE_IMAGE_REFERENCE_PROBLEM);

  g_assert_nonnull (g_enum_get_value_by_nick (enum_class, "bad-tag"));
  g_assert_true (G_TYPE_IS_BOXED (LADING_TYPE_IMAGE_REFERENCE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/image-reference/valid", test_valid);
  g_test_add_func ("/api/image-reference/repository", test_repository);
  g_test_add_func ("/api/image-reference/invalid", test_invalid);
  g_test_add_func ("/api/image-reference/enum", test_enum);

  return g_test_run ();
}
