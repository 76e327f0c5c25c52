/* test-registry-challenge.c
 *
 * Reading a registry's WWW-Authenticate challenges and Link headers, as
 * the reference registry and Docker Hub send them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-registry-client-private.h"

static void
test_basic (void)
{
  g_autoptr(GHashTable) params = NULL;
  g_autofree char *scheme = _lading_registry_challenge_parse ("Basic realm=\"lading-test\"",
                                                              &params);

  g_assert_cmpstr (scheme, ==, "basic");
  g_assert_cmpstr (g_hash_table_lookup (params, "realm"), ==, "lading-test");
}

static void
test_bearer (void)
{
  g_autoptr(GHashTable) params = NULL;
  g_autofree char *scheme = NULL;

  scheme = _lading_registry_challenge_parse (
    "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
    "scope=\"repository:library/busybox:pull,push\"", &params);
  g_assert_cmpstr (scheme, ==, "bearer");
  g_assert_cmpstr (g_hash_table_lookup (params, "realm"), ==, "https://auth.docker.io/token");
  g_assert_cmpstr (g_hash_table_lookup (params, "service"), ==, "registry.docker.io");
  /* A comma inside quotes stays in the value. */
  g_assert_cmpstr (g_hash_table_lookup (params, "scope"), ==,
                   "repository:library/busybox:pull,push");
}

static void
test_odd (void)
{
  g_autoptr(GHashTable) escaped = NULL;
  g_autoptr(GHashTable) bare = NULL;
  g_autoptr(GHashTable) none = NULL;
  g_autofree char *escaped_scheme = NULL;
  g_autofree char *bare_scheme = NULL;

  escaped_scheme = _lading_registry_challenge_parse ("BEARER Realm=\"a \\\"quoted\\\" realm\"",
                                                     &escaped);
  g_assert_cmpstr (escaped_scheme, ==, "bearer");
  g_assert_cmpstr (g_hash_table_lookup (escaped, "realm"), ==, "a \"quoted\" realm");

  bare_scheme = _lading_registry_challenge_parse ("Basic realm=plain, charset=UTF-8", &bare);
  g_assert_cmpstr (g_hash_table_lookup (bare, "realm"), ==, "plain");
  g_assert_cmpstr (g_hash_table_lookup (bare, "charset"), ==, "UTF-8");

  g_assert_null (_lading_registry_challenge_parse (NULL, &none));
  g_assert_null (_lading_registry_challenge_parse ("", &none));
  g_assert_null (none);
}

static void
test_link (void)
{
  g_autofree char *next = _lading_registry_link_next ("</v2/_catalog?last=b&n=2>; rel=\"next\"");

  g_assert_cmpstr (next, ==, "/v2/_catalog?last=b&n=2");
  g_assert_null (_lading_registry_link_next ("</v2/_catalog?last=b>; rel=\"prev\""));
  g_assert_null (_lading_registry_link_next (NULL));
}

/* A next page on the same registry, as a path or a whole URI; never one
 * on another host, where the credentials would follow. */
static void
test_link_resolve (void)
{
  const char *base = "https://registry.example.com:5000";
  g_autofree char *path = _lading_registry_link_resolve (base, "/v2/_catalog?last=b&n=2");
  g_autofree char *absolute = NULL;
  g_autofree char *no_query = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *default_port = NULL;

  absolute = _lading_registry_link_resolve (base, "https://Registry.example.com:5000/v2/"
                                                  "_catalog?last=c&n=2");
  no_query = _lading_registry_link_resolve (base, "https://registry.example.com:5000/v2/_catalog");
  /* A cursor's escapes go back as they came. */
  escaped = _lading_registry_link_resolve (base, "https://registry.example.com:5000/v2/_catalog"
                                                 "?last=a%2Bb%26c&n=2");
  default_port = _lading_registry_link_resolve ("https://hub.example.com",
                                                "https://hub.example.com:443/v2/x");
  g_assert_cmpstr (path, ==, "/v2/_catalog?last=b&n=2");
  g_assert_cmpstr (absolute, ==, "/v2/_catalog?last=c&n=2");
  g_assert_cmpstr (no_query, ==, "/v2/_catalog");
  g_assert_cmpstr (escaped, ==, "/v2/_catalog?last=a%2Bb%26c&n=2");
  g_assert_cmpstr (default_port, ==, "/v2/x");
  g_assert_null (_lading_registry_link_resolve (base, "https://elsewhere.example.com:5000/v2/x"));
  g_assert_null (_lading_registry_link_resolve (base, "http://registry.example.com:5000/v2/x"));
  g_assert_null (_lading_registry_link_resolve (base, "https://registry.example.com/v2/x"));
  g_assert_null (_lading_registry_link_resolve (base, "https://registry.example.com:5000/x"));
  g_assert_null (_lading_registry_link_resolve (base, "not a uri"));
  g_assert_null (_lading_registry_link_resolve (base, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/registry-challenge/basic", test_basic);
  g_test_add_func ("/api/registry-challenge/bearer", test_bearer);
  g_test_add_func ("/api/registry-challenge/odd", test_odd);
  g_test_add_func ("/api/registry-challenge/link", test_link);
  g_test_add_func ("/api/registry-challenge/link-resolve", test_link_resolve);

  return g_test_run ();
}
