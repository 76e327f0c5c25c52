/* lading-transfer-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-transfer-text"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-docker-config.h"
#include "lading-engine-error.h"
#include "lading-transfer-text.h"

/* One of four words by kind, each a literal, so that the formats are checked. */
#define BY_KIND(kind, pull, push, save, load)              \
  ((kind) == LADING_IMAGE_TRANSFER_PULL ? (pull)           \
   : (kind) == LADING_IMAGE_TRANSFER_PUSH ? (push)         \
   : (kind) == LADING_IMAGE_TRANSFER_SAVE ? (save) : (load))

char *
lading_transfer_text_dup_title (LadingImageTransferKind  kind,
                                LadingImageTransferState state,
                                const char              *image)
{
  g_return_val_if_fail (image != NULL, NULL);

  /* Translators: in all of these, %s is an image name such as
   * busybox:latest, or the file name of a load. */
  switch (state)
    {
    case LADING_IMAGE_TRANSFER_SUCCEEDED:
      return g_strdup_printf (BY_KIND (kind, _("Pulled %s"), _("Pushed %s"), _("Saved %s"),
                                       _("Loaded %s")), image);

    case LADING_IMAGE_TRANSFER_FAILED:
      return g_strdup_printf (BY_KIND (kind, _("Could not pull %s"), _("Could not push %s"),
                                       _("Could not save %s"), _("Could not load %s")), image);

    case LADING_IMAGE_TRANSFER_CANCELLED:
      return g_strdup_printf (BY_KIND (kind, _("Pull of %s cancelled"), _("Push of %s cancelled"),
                                       _("Save of %s cancelled"), _("Load of %s cancelled")),
                              image);

    case LADING_IMAGE_TRANSFER_RUNNING:
    default:
      return g_strdup_printf (BY_KIND (kind, _("Pulling %s"), _("Pushing %s"), _("Saving %s"),
                                       _("Loading %s")), image);
    }
}

/* "12.3 MB of 45.6 MB · 3 of 7 layers", without bytes while no size is known. */
static char *
dup_amounts (gint64 bytes_done,
             gint64 bytes_total,
             guint  layers_done,
             guint  layers_total)
{
  g_autofree char *layers = NULL;
  g_autofree char *done = NULL;
  g_autofree char *total = NULL;

  /* Translators: how many of an image's layers are done: "3 of 7 layers". */
  layers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u layer", "%u of %u layers",
                                         layers_total),
                            layers_done, layers_total);
  if (bytes_total <= 0)
    return g_steal_pointer (&layers);

  done = g_format_size (bytes_done);
  total = g_format_size (bytes_total);
  /* Translators: bytes moved of bytes to move, then the layers: "12.3 MB of
   * 45.6 MB · 3 of 7 layers". */
  return g_strdup_printf (_("%s of %s · %s"), done, total, layers);
}

char *
lading_transfer_text_dup_progress (LadingImageTransferKind  kind,
                                   LadingImageTransferPhase phase,
                                   gint64                   bytes_done,
                                   gint64                   bytes_total,
                                   guint                    layers_done,
                                   guint                    layers_total)
{
  g_autofree char *amounts = dup_amounts (bytes_done, bytes_total, layers_done, layers_total);
  g_autofree char *layers = NULL;
  g_autofree char *done = g_format_size (bytes_done);
  g_autofree char *total = g_format_size (bytes_total);

  /* An archive moves as one piece: bytes only. */
  if (kind == LADING_IMAGE_TRANSFER_SAVE || kind == LADING_IMAGE_TRANSFER_LOAD)
    switch (phase)
      {
      case LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING:
        /* The image's size is only about what its archive takes. */
        if (bytes_done > bytes_total)
          /* Translators: bytes written so far: "12.3 MB". */
          return g_strdup_printf (_("Writing · %s"), done);
        /* Translators: bytes written of about how many: "12.3 MB of 45.6 MB". */
        return g_strdup_printf (_("Writing · %s of about %s"), done, total);

      case LADING_IMAGE_TRANSFER_PHASE_UPLOADING:
        /* Translators: bytes sent of the file's size: "12.3 MB of 45.6 MB". */
        return g_strdup_printf (_("Sending · %s of %s"), done, total);

      case LADING_IMAGE_TRANSFER_PHASE_FINISHING:
        return g_strdup (kind == LADING_IMAGE_TRANSFER_SAVE ? _("Writing the file…")
                                                            : _("The engine is unpacking it…"));

      case LADING_IMAGE_TRANSFER_PHASE_STARTING:
      case LADING_IMAGE_TRANSFER_PHASE_EXTRACTING:
      case LADING_IMAGE_TRANSFER_PHASE_DONE:
      default:
        break;
      }

  switch (phase)
    {
    case LADING_IMAGE_TRANSFER_PHASE_STARTING:
      return g_strdup (kind == LADING_IMAGE_TRANSFER_PULL || kind == LADING_IMAGE_TRANSFER_PUSH
                       ? _("Asking the registry…") : _("Opening the file…"));

    case LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING:
      /* Translators: %s is "12.3 MB of 45.6 MB · 3 of 7 layers". */
      return g_strdup_printf (_("Downloading · %s"), amounts);

    case LADING_IMAGE_TRANSFER_PHASE_UPLOADING:
      /* Translators: %s is "12.3 MB of 45.6 MB · 3 of 7 layers". */
      return g_strdup_printf (_("Uploading · %s"), amounts);

    case LADING_IMAGE_TRANSFER_PHASE_EXTRACTING:
      layers = dup_amounts (0, 0, layers_done, layers_total);
      /* Translators: %s is "3 of 7 layers". */
      return g_strdup_printf (_("Extracting · %s"), layers);

    case LADING_IMAGE_TRANSFER_PHASE_FINISHING:
      return g_strdup (kind == LADING_IMAGE_TRANSFER_PULL ? _("Storing the image…")
                                                          : _("Writing the manifest…"));

    case LADING_IMAGE_TRANSFER_PHASE_DONE:
    default:
      return g_strdup (_("Done"));
    }
}

const char *
lading_transfer_text_registry_name (const LadingImageReference *reference)
{
  g_return_val_if_fail (reference != NULL, NULL);

  return lading_image_reference_is_docker_hub (reference)
         ? "Docker Hub" : lading_image_reference_get_registry (reference);
}

/* Neither the engine nor the registry could be reached, or the registry
 * speaks plain HTTP: the same words for a transfer and a login. */
static char *
dup_reach_error (const char   *registry,
                 const GError *error)
{
  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE))
    /* Translators: %s is a registry, "Docker Hub" or a host name with its port. */
    return g_strdup_printf (_("The engine could not reach %s. Check the registry's address "
                              "and that it is running."), registry);

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INSECURE_REGISTRY))
    /* Translators: %s is a registry's host name with its port. */
    return g_strdup_printf (_("%s answers only over plain HTTP, which the engine refuses. "
                              "Add it to the engine's insecure registries to use it."),
                            registry);

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE))
    return g_strdup (_("The container engine is not answering. Check that it is running, "
                       "then try again."));

  return NULL;
}

char *
lading_transfer_text_dup_error (LadingImageTransferKind  kind,
                                const char              *image,
                                const char              *registry,
                                const GError            *error)
{
  gboolean pull = kind == LADING_IMAGE_TRANSFER_PULL;

  g_return_val_if_fail (image != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;

  if (registry == NULL)
    registry = "";

  /* The file's own trouble: no room, no permission, not there. */
  if (error->domain == G_IO_ERROR &&
      (kind == LADING_IMAGE_TRANSFER_SAVE || kind == LADING_IMAGE_TRANSFER_LOAD))
    /* Translators: %s is the system's own words. */
    return g_strdup_printf (kind == LADING_IMAGE_TRANSFER_LOAD ? _("Could not read the file: %s")
                                                               : _("Could not write the file: %s"),
                            error->message);

  if (kind == LADING_IMAGE_TRANSFER_LOAD && g_error_matches (error, LADING_ENGINE_ERROR,
                                                             LADING_ENGINE_ERROR_FAILED))
    /* Translators: %s is the engine's own words. */
    return g_strdup_printf (_("The engine could not load the file; it may not be an image "
                              "archive from “docker save”. %s"), error->message);

  if (error->domain != LADING_ENGINE_ERROR)
    return g_strdup (BY_KIND (kind, _("The pull failed."), _("The push failed."),
                            _("The save failed."), _("The load failed.")));

  switch ((LadingEngineError)error->code)
    {
    case LADING_ENGINE_ERROR_NOT_FOUND:
      if (kind == LADING_IMAGE_TRANSFER_SAVE)
        /* Translators: %s is an image name such as busybox:latest. */
        return g_strdup_printf (_("There is no image “%s” any more."), image);
      if (pull)
        /* Translators: %s is an image name such as busybox:latest. */
        return g_strdup_printf (_("There is no image “%s”: no such repository, or no such tag "
                                  "in it. Check the name and the tag."), image);
      /* Translators: %s is an image name such as registry.example.com/app:1. */
      return g_strdup_printf (_("There is no image “%s” here to push. Tag an image with "
                                "this name first."), image);

    case LADING_ENGINE_ERROR_UNAUTHORIZED:
      /* Translators: %s is a registry, "Docker Hub" or a host name with its port. */
      return g_strdup_printf (_("%s wants you to log in, or did not accept your user name "
                                "and password."), registry);

    case LADING_ENGINE_ERROR_DENIED:
      /* Translators: %s is an image name such as registry.example.com/app:1. */
      return g_strdup_printf (pull ? _("You may not pull “%s”.")
                                   : _("You may not push to “%s”. Check that the repository "
                                       "is yours."), image);

    case LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE:
    case LADING_ENGINE_ERROR_INSECURE_REGISTRY:
      return dup_reach_error (registry, error);

    case LADING_ENGINE_ERROR_INTERRUPTED:
      return g_strdup (pull ? _("The pull was interrupted: the engine stopped before it was "
                                "done. The image was not pulled.")
                            : _("The push was interrupted: the engine stopped before it was "
                                "done."));

    case LADING_ENGINE_ERROR_UNREACHABLE:
      return dup_reach_error (registry, error);

    case LADING_ENGINE_ERROR_FAILED:
    case LADING_ENGINE_ERROR_CONFLICT:
    case LADING_ENGINE_ERROR_BAD_REQUEST:
    case LADING_ENGINE_ERROR_PERMISSION_DENIED:
    case LADING_ENGINE_ERROR_BAD_RESPONSE:
    case LADING_ENGINE_ERROR_UNSUPPORTED_VERSION:
    case LADING_ENGINE_ERROR_INVALID_ENDPOINT:
    default:
      return g_strdup (BY_KIND (kind, _("The pull failed."), _("The push failed."),
                            _("The save failed."), _("The load failed.")));
    }
}

const char *
lading_transfer_text_login_registry (const char *server)
{
  g_return_val_if_fail (server != NULL, NULL);

  return g_str_equal (server, LADING_DOCKER_HUB_AUTH_SERVER) ? "Docker Hub" : server;
}

char *
lading_transfer_text_dup_login_error (const char   *server,
                                      const GError *error)
{
  const char *registry;
  char *reach;

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;

  registry = lading_transfer_text_login_registry (server);

  /* The registry took the password; only keeping it failed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    return g_strdup (_("There is no keyring to keep the login in. Unlock or start your "
                       "keyring (the Secret Service), then log in again."));

  if (error->domain == G_IO_ERROR)
    /* Translators: %s is a credential helper's or the system's own words. */
    return g_strdup_printf (_("The login could not be kept: %s"), error->message);

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED) ||
      g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_DENIED))
    /* Translators: %s is a registry, "Docker Hub" or a host name with its port. */
    return g_strdup_printf (_("%s did not accept this user name and password."), registry);

  if ((reach = dup_reach_error (registry, error)) != NULL)
    return reach;

  /* Translators: the first %s is a registry, the second the engine's own words. */
  return g_strdup_printf (_("Could not log in to %s: %s"), registry, error->message);
}

char *
lading_transfer_text_dup_search_error (const char   *registry,
                                       const GError *error)
{
  char *reach;

  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    /* Translators: %s is a registry's host name with its port. */
    return g_strdup_printf (_("%s answers no searches, as most registries but Docker Hub. "
                              "Browse its catalog instead."), registry);

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED) ||
      g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_DENIED))
    /* Translators: %s is a registry, "Docker Hub" or a host name with its port. */
    return g_strdup_printf (_("%s wants you to log in before it lets you search."), registry);

  /* Docker Hub is always there: it is the engine's way out that is not. */
  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE) &&
      g_str_equal (registry, "Docker Hub"))
    return g_strdup (_("The engine could not reach Docker Hub. Searches go through the "
                       "engine, so it needs a way to the internet."));

  if ((reach = dup_reach_error (registry, error)) != NULL)
    return reach;

  /* Translators: the first %s is a registry, the second the engine's own words. */
  return g_strdup_printf (_("Could not search %s: %s"), registry, error->message);
}

const char *
lading_transfer_text_reference_hint (LadingImageReferenceProblem problem)
{
  switch (problem)
    {
    case LADING_IMAGE_REFERENCE_OK:
      return NULL;

    case LADING_IMAGE_REFERENCE_EMPTY:
      return _("Type an image name, such as busybox or registry.example.com:5000/team/app:1.0");

    case LADING_IMAGE_REFERENCE_TOO_LONG:
      return _("The name is too long: at most 255 characters, with its registry.");

    case LADING_IMAGE_REFERENCE_UPPERCASE:
      return _("Image names are in lowercase letters.");

    case LADING_IMAGE_REFERENCE_BAD_REGISTRY:
      return _("The part before the first slash is not a host name with an optional port.");

    case LADING_IMAGE_REFERENCE_BAD_REPOSITORY:
      return _("Use letters, digits and single separators (. _ -) between slashes; no spaces.");

    case LADING_IMAGE_REFERENCE_BAD_TAG:
      return _("A tag has up to 128 letters, digits, dots, dashes and underscores, and does "
               "not start with a dot or a dash.");

    case LADING_IMAGE_REFERENCE_BAD_DIGEST:
      return _("A digest is “sha256:” and 64 hexadecimal digits.");

    case LADING_IMAGE_REFERENCE_IMAGE_ID:
      return _("That is an image ID. Registries know images by name: type the name.");

    default:
      return _("This is not an image name.");
    }
}
