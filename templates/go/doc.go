{{ doc }}package {{ pkg_name }}
