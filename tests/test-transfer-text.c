/* test-transfer-text.c
 *
 * The words of pulls and pushes: titles, progress, failures, and hints for
 * image names that are not valid; and why a login failed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lading-docker-config.h"
#include "lading-engine-error.h"
#include "lading-transfer-text.h"

static void
test_title (void)
{
  g_autofree char *pulling = lading_transfer_text_dup_title (LADING_IMAGE_TRANSFER_PULL,
                                                             LADING_IMAGE_TRANSFER_RUNNING,
                                                             "busybox:latest");
  g_autofree char *pushed = lading_transfer_text_dup_title (LADING_IMAGE_TRANSFER_PUSH,
                                                            LADING_IMAGE_TRANSFER_SUCCEEDED,
                                                            "example.com/app:1");
  g_autofree char *failed = lading_transfer_text_dup_title (LADING_IMAGE_TRANSFER_PULL,
                                                            LADING_IMAGE_TRANSFER_FAILED, "a:1");
  g_autofree char *cancelled = lading_transfer_text_dup_title (LADING_IMAGE_TRANSFER_PUSH,
                                                               LADING_IMAGE_TRANSFER_CANCELLED,
                                                               "a:1");
  g_autofree char *saved = lading_transfer_text_dup_title (LADING_IMAGE_TRANSFER_SAVE,
                                                           LADING_IMAGE_TRANSFER_SUCCEEDED, "a:1");
  g_autofree char *loading = lading_transfer_text_dup_title (LADING_IMAGE_TRANSFER_LOAD,
                                                             LADING_IMAGE_TRANSFER_RUNNING,
                                                             "images.tar");

  g_assert_cmpstr (pulling, ==, "Pulling busybox:latest");
  g_assert_cmpstr (pushed, ==, "Pushed example.com/app:1");
  g_assert_cmpstr (failed, ==, "Could not pull a:1");
  g_assert_cmpstr (cancelled, ==, "Push of a:1 cancelled");
  g_assert_cmpstr (saved, ==, "Saved a:1");
  g_assert_cmpstr (loading, ==, "Loading images.tar");
}

static void
test_progress (void)
{
  static const struct {
    LadingImageTransferKind  kind;
    LadingImageTransferPhase phase;
    gint64                   bytes_done;
    gint64                   bytes_total;
    guint                    layers_done;
    guint                    layers_total;
    const char              *expected;
  } cases[] = {
    { LADING_IMAGE_TRANSFER_PULL, LADING_IMAGE_TRANSFER_PHASE_STARTING, 0, 0, 0, 0,
      "Asking the registry…" },
    /* g_format_size() puts a no-break space before the unit. */
    { LADING_IMAGE_TRANSFER_PULL, LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING, 12300000, 45600000,
      3, 7, "Downloading · 12.3\u00a0MB of 45.6\u00a0MB · 3 of 7 layers" },
    /* No size known yet: layers only. */
    { LADING_IMAGE_TRANSFER_PULL, LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING, 0, 0, 0, 1,
      "Downloading · 0 of 1 layer" },
    { LADING_IMAGE_TRANSFER_PUSH, LADING_IMAGE_TRANSFER_PHASE_UPLOADING, 1000, 2000, 1, 2,
      "Uploading · 1.0\u00a0kB of 2.0\u00a0kB · 1 of 2 layers" },
    { LADING_IMAGE_TRANSFER_PULL, LADING_IMAGE_TRANSFER_PHASE_EXTRACTING, 2000, 2000, 5, 7,
      "Extracting · 5 of 7 layers" },
    { LADING_IMAGE_TRANSFER_PULL, LADING_IMAGE_TRANSFER_PHASE_FINISHING, 0, 0, 7, 7,
      "Storing the image…" },
    { LADING_IMAGE_TRANSFER_PUSH, LADING_IMAGE_TRANSFER_PHASE_DONE, 0, 0, 7, 7, "Done" },
    /* Archives move as one piece: bytes only. */
    { LADING_IMAGE_TRANSFER_SAVE, LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING, 1000, 2000, 0, 0,
      "Writing · 1.0\u00a0kB of about 2.0\u00a0kB" },
    /* Past the image's size: the archive's headers. */
    { LADING_IMAGE_TRANSFER_SAVE, LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING, 2100, 2000, 0, 0,
      "Writing · 2.1\u00a0kB" },
    { LADING_IMAGE_TRANSFER_LOAD, LADING_IMAGE_TRANSFER_PHASE_FINISHING, 2000, 2000, 0, 0,
      "The engine is unpacking it…" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lading_transfer_text_dup_progress (cases[i].kind, cases[i].phase,
                                                                 cases[i].bytes_done,
                                                                 cases[i].bytes_total,
                                                                 cases[i].layers_done,
                                                                 cases[i].layers_total);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_error (void)
{
  g_autoptr(LadingImageReference) hub = lading_image_reference_parse ("busybox", NULL);
  g_autoptr(LadingImageReference) local = lading_image_reference_parse ("127.0.0.1:5000/app:1",
                                                                        NULL);
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "x");
  g_autoptr(GError) unauthorized = g_error_new_literal (LADING_ENGINE_ERROR,
                                                        LADING_ENGINE_ERROR_UNAUTHORIZED,
                                                        "no basic auth credentials");
  g_autoptr(GError) not_found = g_error_new_literal (LADING_ENGINE_ERROR,
                                                     LADING_ENGINE_ERROR_NOT_FOUND, "x");
  g_autoptr(GError) unreachable = g_error_new_literal (LADING_ENGINE_ERROR,
                                                       LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE,
                                                       "x");
  g_autoptr(GError) interrupted = g_error_new_literal (LADING_ENGINE_ERROR,
                                                       LADING_ENGINE_ERROR_INTERRUPTED, "x");
  g_autofree char *hub_login = NULL;
  g_autofree char *local_login = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *missing_push = NULL;
  g_autofree char *far = NULL;
  g_autofree char *stopped = NULL;

  g_assert_null (lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PULL, "busybox:latest",
                                                 "Docker Hub", cancelled));

  hub_login = lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PULL, "busybox:latest",
                                              lading_transfer_text_registry_name (hub),
                                              unauthorized);
  g_assert_cmpstr (hub_login, ==, "Docker Hub wants you to log in, or did not accept your user "
                                  "name and password.");
  local_login = lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PUSH, "127.0.0.1:5000/app:1",
                                                lading_transfer_text_registry_name (local),
                                                unauthorized);
  g_assert_true (g_str_has_prefix (local_login, "127.0.0.1:5000 wants you to log in"));

  missing = lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PULL, "busybox:latest",
                                            "Docker Hub", not_found);
  g_assert_true (g_str_has_prefix (missing, "There is no image “busybox:latest”"));
  missing_push = lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PUSH,
                                                 "127.0.0.1:5000/app:1", "127.0.0.1:5000",
                                                 not_found);
  g_assert_true (g_str_has_prefix (missing_push, "There is no image “127.0.0.1:5000/app:1” here"));

  far = lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PULL, "127.0.0.1:5000/app:1",
                                        "127.0.0.1:5000", unreachable);
  g_assert_true (g_str_has_prefix (far, "The engine could not reach 127.0.0.1:5000."));
  stopped = lading_transfer_text_dup_error (LADING_IMAGE_TRANSFER_PULL, "127.0.0.1:5000/app:1",
                                            "127.0.0.1:5000", interrupted);
  g_assert_nonnull (strstr (stopped, "The image was not pulled."));
}

static void
test_reference_hint (void)
{
  g_assert_null (lading_transfer_text_reference_hint (LADING_IMAGE_REFERENCE_OK));
  for (int problem = LADING_IMAGE_REFERENCE_EMPTY; problem <= LADING_IMAGE_REFERENCE_IMAGE_ID;
       problem++)
    g_assert_nonnull (lading_transfer_text_reference_hint (problem));
  g_assert_cmpstr (lading_transfer_text_reference_hint (LADING_IMAGE_REFERENCE_UPPERCASE), ==,
                   "Image names are in lowercase letters.");
}

static char *
dup_login_error (const char *server,
                 GQuark      domain,
                 int         code)
{
  g_autoptr(GError) error = g_error_new_literal (domain, code, "the engine's words");

  return lading_transfer_text_dup_login_error (server, error);
}

static void
test_login_error (void)
{
  g_autofree char *refused = dup_login_error ("127.0.0.1:5000", LADING_ENGINE_ERROR,
                                              LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_autofree char *hub = dup_login_error (LADING_DOCKER_HUB_AUTH_SERVER, LADING_ENGINE_ERROR,
                                          LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  g_autofree char *no_keyring = dup_login_error ("127.0.0.1:5000", G_IO_ERROR,
                                                 G_IO_ERROR_NOT_SUPPORTED);
  g_autofree char *helper = dup_login_error ("127.0.0.1:5000", G_IO_ERROR, G_IO_ERROR_FAILED);
  g_autofree char *other = dup_login_error ("127.0.0.1:5000", LADING_ENGINE_ERROR,
                                            LADING_ENGINE_ERROR_FAILED);
  g_autofree char *cancelled = dup_login_error ("127.0.0.1:5000", G_IO_ERROR,
                                                G_IO_ERROR_CANCELLED);

  g_assert_cmpstr (refused, ==, "127.0.0.1:5000 did not accept this user name and password.");
  g_assert_cmpstr (hub, ==, "The engine could not reach Docker Hub. Check the registry's "
                            "address and that it is running.");
  g_assert_nonnull (strstr (no_keyring, "no keyring"));
  g_assert_cmpstr (helper, ==, "The login could not be kept: the engine's words");
  g_assert_cmpstr (other, ==, "Could not log in to 127.0.0.1:5000: the engine's words");
  g_assert_null (cancelled);
  g_assert_cmpstr (lading_transfer_text_login_registry ("registry.example.com"), ==,
                   "registry.example.com");
}

static char *
dup_search_error (const char *registry,
                  GQuark      domain,
                  int         code)
{
  g_autoptr(GError) error = g_error_new_literal (domain, code, "the engine's words");

  return lading_transfer_text_dup_search_error (registry, error);
}

static void
test_search_error (void)
{
  g_autofree char *no_search = dup_search_error ("127.0.0.1:5000", LADING_ENGINE_ERROR,
                                                 LADING_ENGINE_ERROR_NOT_FOUND);
  g_autofree char *refused = dup_search_error ("127.0.0.1:5000", LADING_ENGINE_ERROR,
                                               LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_autofree char *hub = dup_search_error ("Docker Hub", LADING_ENGINE_ERROR,
                                           LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  g_autofree char *registry = dup_search_error ("127.0.0.1:5000", LADING_ENGINE_ERROR,
                                                LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  g_autofree char *other = dup_search_error ("Docker Hub", LADING_ENGINE_ERROR,
                                             LADING_ENGINE_ERROR_FAILED);
  g_autofree char *cancelled = dup_search_error ("Docker Hub", G_IO_ERROR,
                                                 G_IO_ERROR_CANCELLED);

  g_assert_cmpstr (no_search, ==, "127.0.0.1:5000 answers no searches, as most registries but "
                                  "Docker Hub. Browse its catalog instead.");
  g_assert_cmpstr (refused, ==, "127.0.0.1:5000 wants you to log in before it lets you search.");
  g_assert_true (g_str_has_suffix (hub, "so it needs a way to the internet."));
  g_assert_cmpstr (registry, ==, "The engine could not reach 127.0.0.1:5000. Check the "
                                 "registry's address and that it is running.");
  g_assert_cmpstr (other, ==, "Could not search Docker Hub: the engine's words");
  g_assert_null (cancelled);
}

int
main (int   argc,
      char *argv[])
{
  /* The words and sizes are checked in the C locale's English. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/transfer-text/title", test_title);
  g_test_add_func ("/widgets/transfer-text/progress", test_progress);
  g_test_add_func ("/widgets/transfer-text/error", test_error);
  g_test_add_func ("/widgets/transfer-text/reference-hint", test_reference_hint);
  g_test_add_func ("/widgets/transfer-text/login-error", test_login_error);
  g_test_add_func ("/widgets/transfer-text/search-error", test_search_error);

  return g_test_run ();
}
