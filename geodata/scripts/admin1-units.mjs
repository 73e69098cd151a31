// The admin-1 unit lists shared by build-region.mjs and build-provinces.mjs: which Natural Earth unit is
// which real province, and the current English name each one is shown under.

// ---------------------------------------------------------------------------
// Unit lists. u(neName, displayName, disambiguation?)
//   neName:      Natural Earth `name` property (exact match)
//   displayName: name written to the output "units" list (current English name)
//   adm1:        Natural Earth adm1_code, only where neName is duplicated
//   gnName:      expected GeoNames name of that polygon (proves the identity)
// ---------------------------------------------------------------------------
export const u = (neName, displayName = neName, extra = {}) => ({ neName, displayName, ...extra });

export const COUNTRIES = {
  AF: 'Afghanistan', IR: 'Iran', PK: 'Pakistan', TM: 'Turkmenistan',
  UZ: 'Uzbekistan', TJ: 'Tajikistan', KG: 'Kyrgyzstan',
};

// All 34 provinces of Afghanistan.
export const AFGHANISTAN = [
  u('Badakhshan'), u('Badghis'), u('Baghlan'), u('Balkh'), u('Bamyan'),
  // Natural Earth labels Daykundi "Uruzgan" (same name and code as Uruzgan).
  u('Uruzgan', 'Daykundi', { adm1: 'AFG-1753', gnName: 'Wilayat-e Daykundi' }),
  u('Farah'), u('Faryab'), u('Ghazni'), u('Ghor'), u('Hilmand', 'Helmand'), u('Hirat', 'Herat'),
  u('Jawzjan', 'Jowzjan'), u('Kabul'), u('Kandahar'), u('Kapisa'), u('Khost'), u('Kunar'),
  u('Kunduz'), u('Laghman'), u('Logar'), u('Nangarhar'), u('Nimroz', 'Nimruz'), u('Nuristan'),
  // Names/geometries are right, ISO codes are swapped (see KNOWN_QUIRKS).
  u('Paktika', 'Paktika', { gnName: 'Wilayat-e Paktika' }),
  u('Paktya', 'Paktia', { gnName: 'Wilayat-e Paktiya' }),
  // Natural Earth labels Panjshir "Parwan" (same name and code as Parwan).
  u('Parwan', 'Panjshir', { adm1: 'AFG-1769', gnName: 'Panjshir' }),
  u('Parwan', 'Parwan', { adm1: 'AFG-1772', gnName: 'Parwan' }),
  u('Samangan'), u('Sari Pul', 'Sar-e Pol'), u('Takhar'),
  u('Uruzgan', 'Uruzgan', { adm1: 'AFG-1752', gnName: 'Uruzgan' }),
  u('Wardak', 'Maidan Wardak'), u('Zabul'),
];

// The three provinces created in 2004 from the old Khorasan province.
export const IRAN_KHORASAN = [u('Razavi Khorasan'), u('North Khorasan'), u('South Khorasan')];

// Southern Turkmenistan: Nisa/Abiward (Ahal), Merv (Mary), Amul (Lebap).
export const TURKMENISTAN_HISTORIC = [u('Ahal'), u('Mary'), u('Chardzhou', 'Lebap')];
export const TURKMENISTAN_ALL = [...TURKMENISTAN_HISTORIC, u('Balkan'), u('Tashauz', 'Dashoguz')];

// All 8 Pakistani units in Natural Earth, including the former FATA (merged
// into Khyber Pakhtunkhwa in 2018 but still separate in Natural Earth) and the
// Pakistan-administered parts of Kashmir (de facto, not a position on the
// dispute). Natural Earth's separate "Siachen Glacier" unit is NOT included.
export const PAKISTAN = [
  u('Baluchistan', 'Balochistan'), u('K.P.', 'Khyber Pakhtunkhwa'),
  u('F.A.T.A.', 'Former Federally Administered Tribal Areas'), u('Punjab'), u('Sind', 'Sindh'),
  u('F.C.T.', 'Islamabad Capital Territory'), u('Northern Areas', 'Gilgit-Baltistan'),
  u('Azad Kashmir'),
];

export const UZBEKISTAN = [
  u('Andijon', 'Andijan'), u('Bukhoro', 'Bukhara'), u('Ferghana', 'Fergana'), u('Jizzakh'),
  u('Karakalpakstan'), u('Kashkadarya', 'Qashqadaryo'), u('Khorezm', 'Xorazm'), u('Namangan'),
  u('Navoi', 'Navoiy'), u('Samarkand', 'Samarqand'), u('Sirdaryo'), u('Surkhandarya', 'Surxondaryo'),
  // Two units are both named "Tashkent": the city and the surrounding region.
  u('Tashkent', 'Tashkent (city)', { adm1: 'UZB-4828', gnName: 'Toshkent Shahri' }),
  u('Tashkent', 'Tashkent Region', { adm1: 'UZB-372', gnName: 'Toshkent Viloyati' }),
];

export const TAJIKISTAN = [
  u('Dushanbe'), u('Gorno-Badakhshan'), u('Khatlon'), u('Leninabad', 'Sughd'),
  u('Tadzhikistan Territories', 'Districts of Republican Subordination'),
];

export const KYRGYZSTAN = [
  u('Batken'), u('Bishkek'), u('Chuy'), u('Jalal-Abad'), u('Naryn'), u('Osh'), u('Talas'),
  u('Ysyk-Köl', 'Issyk-Kul'),
];

// Lists that must cover every Natural Earth unit of their country.
export const WHOLE_COUNTRY = {
  AF: AFGHANISTAN, PK: PAKISTAN, TM: TURKMENISTAN_ALL, UZ: UZBEKISTAN, TJ: TAJIKISTAN, KG: KYRGYZSTAN,
};
