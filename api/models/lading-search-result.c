/* lading-search-result.c
 *
 * One repository that GET /images/search found on Docker Hub (or on the
 * registry the term names): its name, as `docker pull` takes it, what its
 * owners say it is, its stars and whether it is one of Docker's official
 * images.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-search-result"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-models-private.h"
#include "lading-search-result.h"

struct _LadingSearchResult
{
  GObject   parent_instance;

  char     *name;
  char     *description;
  gint64    star_count;
  gboolean  official;
};

G_DEFINE_FINAL_TYPE (LadingSearchResult, lading_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_STAR_COUNT,
  PROP_OFFICIAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
lading_search_result_finalize (GObject *object)
{
  LadingSearchResult *self = (LadingSearchResult *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (lading_search_result_parent_class)->finalize (object);
}

static void
lading_search_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LadingSearchResult *self = LADING_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_STAR_COUNT:
      g_value_set_int64 (value, self->star_count);
      break;

    case PROP_OFFICIAL:
      g_value_set_boolean (value, self->official);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_search_result_class_init (LadingSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_search_result_finalize;
  object_class->get_property = lading_search_result_get_property;

  properties [PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties [PROP_STAR_COUNT] =
    g_param_spec_int64 ("star-count", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_OFFICIAL] = g_param_spec_boolean ("official", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_search_result_init (LadingSearchResult *self)
{
}

const char *
lading_search_result_get_name (LadingSearchResult *self)
{
  g_return_val_if_fail (LADING_IS_SEARCH_RESULT (self), NULL);

  return self->name;
}

/* Empty when the owners wrote none. */
const char *
lading_search_result_get_description (LadingSearchResult *self)
{
  g_return_val_if_fail (LADING_IS_SEARCH_RESULT (self), NULL);

  return self->description;
}

gint64
lading_search_result_get_star_count (LadingSearchResult *self)
{
  g_return_val_if_fail (LADING_IS_SEARCH_RESULT (self), 0);

  return self->star_count;
}

gboolean
lading_search_result_get_official (LadingSearchResult *self)
{
  g_return_val_if_fail (LADING_IS_SEARCH_RESULT (self), FALSE);

  return self->official;
}

static gpointer
parse_result (JsonObject  *object,
              gpointer     user_data,
              GError     **error)
{
  LadingSearchResult *self;
  const char *name = _lading_json_get_string (object, "name");
  const char *description = _lading_json_get_string (object, "description");

  if (name == NULL || name[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "A search result has no name");
      return NULL;
    }

  self = g_object_new (LADING_TYPE_SEARCH_RESULT, NULL);
  self->name = g_strdup (name);
  /* Hub descriptions end in stray spaces and line breaks often enough. */
  self->description = g_strstrip (g_strdup (description != NULL ? description : ""));
  self->star_count = MAX (_lading_json_get_int (object, "star_count", 0), 0);
  self->official = _lading_json_get_boolean (object, "is_official");

  return self;
}

/* The results of GET /images/search, in the order the registry ranked them. */
GPtrArray *
_lading_search_results_parse (GBytes  *bytes,
                              GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_list (bytes, "search results", parse_result, NULL, error);
}
