"""The inventory on constructed activity files, every factor and sum worked out by hand here."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from esglens.cli import app
from esglens.produce import activity, factors, inventory

APPROX = dict(rel=1e-9, abs=1e-9)


def _write(tmp_path, text: str, name: str = "activity.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _inv(path, grid=None, gwp="AR5", user=None, den=None):
    fs = factors.load(gwp, user)
    dens = {None: inventory.parse_denominator(den)[1]} if den else None
    return inventory.build(activity.read_activity(path), fs, grid, dens)


CHINA = """site,period,activity,quantity,unit,supplier,instrument
Works,2022,diesel,"1,000",L,,
Works,2022,natural gas,1,"10,000 m³",,
Works,2022,electricity,120,"10,000 kWh",,
Works,2022,electricity,"200,000",kWh,,GEC
Works,2022,R-410A,10,kg,,
"""


def test_china_inventory_by_hand(tmp_path):
    inv = _inv(_write(tmp_path, CHINA), grid="CN", den="1,000 RMB 10,000")
    t = inv.totals[2022]
    # diesel: 1,000 L x 0.84 kg/L = 840 kg = 0.00084 Gg x 43.0 TJ/Gg = 0.03612 TJ
    #   x (74,100 CO2 + 3 CH4 x 28 + 0.6 N2O x 265 = 74,343 kg/TJ) = 2,685.26916 kg
    diesel = 0.03612 * 74343 / 1000
    # natural gas: 10,000 m³ x 389.31 GJ/10^4 m³ = 0.38931 TJ x (56,100 + 1 x 28 + 0.1 x 265 = 56,154.5 kg/TJ)
    gas = 0.38931 * 56154.5 / 1000
    # R-410A: 10 kg x (0.5 x 677 + 0.5 x 3,170 = 1,923.5) = 19,235 kg
    refrigerant = 10 * 1923.5 / 1000
    assert [ln.co2e_t for ln in inv.lines if ln.scope == "1"] == pytest.approx([diesel, gas, refrigerant], **APPROX)
    assert t["scope1_t"] == pytest.approx(2.68526916 + 21.861508395 + 19.235, **APPROX)
    # electricity: 120 x 10,000 kWh = 1,200 MWh and 200 MWh, grid CN 2022 0.5366 t/MWh
    assert t["scope2_location_t"] == pytest.approx(1200 * 0.5366 + 200 * 0.5366, **APPROX)  # 751.24
    # market-based: 1,200 MWh at the factor without market-traded non-fossil power (0.5856); GEC-covered 200 MWh at 0
    assert t["scope2_market_t"] == pytest.approx(1200 * 0.5856 + 0, **APPROX)               # 702.72
    # energy: 0.03612 TJ = 10.0333 MWh, 389.31 GJ = 108.1417 MWh, 1,400 MWh of electricity
    assert t["energy_mwh"] == pytest.approx(36.12 / 3.6 + 389.31 / 3.6 + 1400, **APPROX)
    # tce (GB/T 2589): 840 kg x 1.4571 + 10,000 m³ x 1.2143 + 1,400,000 kWh x 0.1229 kgce
    assert t["energy_tce"] == pytest.approx((840 * 1.4571 + 10000 * 1.2143 + 1400000 * 0.1229) / 1000, **APPROX)
    assert t["renewable_mwh"] == pytest.approx(200, **APPROX)
    # intensity per RMB 10,000 of revenue: (Scope 1 + Scope 2 location-based) / 1,000
    value, unit = inv.intensities[2022]["ghg_intensity"]
    assert value == pytest.approx((t["scope1_t"] + t["scope2_location_t"]) / 1000) and unit == "tCO2e/RMB 10,000"
    gec = inv.lines[3]
    assert gec.market_factor == "0 tCO2e/MWh" and "GEC" in gec.market_source
    assert "Ministry of Ecology and Environment" in inv.lines[2].factor_source
    assert not inv.findings and not any(ln.notes for ln in inv.lines)


HONG_KONG = """site,period,activity,quantity,unit,grid
Office,2024-01,electricity,"50,000",kWh,HK-HKE
Fleet,2024,gasoline (vehicles),2,t,
"""


def test_hong_kong_inventory_by_hand_with_an_older_factor(tmp_path):
    inv = _inv(_write(tmp_path, HONG_KONG))
    t = inv.totals[2024]
    # HK Electric's latest factor here is 2019's 0.81 kg/kWh: 50 MWh x 0.81 = 40.5 t, said so
    assert t["scope2_location_t"] == pytest.approx(40.5, **APPROX)
    assert "the 2019 factor is used" in inv.lines[0].notes[0]
    # no residual factor published: market-based falls back to the grid average, said so
    assert t["scope2_market_t"] == pytest.approx(40.5, **APPROX)
    assert any("residual" in n for n in inv.lines[0].notes)
    # gasoline in vehicles: 0.002 Gg x 44.3 = 0.0886 TJ x (69,300 + 33 x 28 + 3.2 x 265 = 71,072 kg/TJ)
    assert t["scope1_t"] == pytest.approx(0.0886 * 71072 / 1000, **APPROX)  # 6.2969792
    assert inv.lines[1].category == "mobile combustion"


def test_hong_kong_without_a_supply_area_is_refused():
    fs = factors.load()
    with pytest.raises(factors.FactorError, match="HK-HKE"):
        fs.region("HK")


UK = """site,period,activity,quantity,unit
London,2023,electricity,100,MWh
London,2024,electricity,"10,000",kWh
London,2023,LPG,500,kg
London,2023,HFC-134a,5,kg
"""


def test_uk_inventory_by_hand_with_ar6(tmp_path):
    inv = _inv(_write(tmp_path, UK), grid="UK", gwp="AR6")
    t23, t24 = inv.totals[2023], inv.totals[2024]
    assert t23["scope2_location_t"] == pytest.approx(100 * 0.20707, **APPROX)   # DESNZ 2023
    assert t24["scope2_location_t"] == pytest.approx(10 * 0.20707, **APPROX)    # 2024 takes 2023's factor
    # LPG: 0.0005 Gg x 47.3 = 0.02365 TJ x (63,100 + 1 x 29.8 + 0.1 x 273 = 63,157.1); HFC-134a: 5 kg x 1,530
    assert t23["scope1_t"] == pytest.approx(0.02365 * 63157.1 / 1000 + 5 * 1530 / 1000, **APPROX)


def test_user_factor_file_overrides_and_is_reported(tmp_path):
    acts = _write(tmp_path, "site,period,activity,quantity,unit,grid\nKowloon,2023,electricity,1000,MWh,HK-CLP\n"
                            "Kowloon,2023,diesel,100,L,\n")
    user = _write(tmp_path, "kind,key,year,value,unit,source\ngrid,HK-CLP,2023,0.39,t/MWh,CLP 2023\n"
                            "fuel,diesel,,2.614,kg/L,HK EPD guidelines\n", "mine.csv")
    inv = _inv(acts, user=str(user))
    assert inv.totals[2023]["scope2_location_t"] == pytest.approx(390.0, **APPROX)
    assert inv.totals[2023]["scope1_t"] == pytest.approx(100 * 2.614 / 1000, **APPROX)
    assert all(ln.user_factor and "user file mine.csv" in ln.factor_source for ln in inv.lines)
    assert inv.to_dict()["factor_file"] == "mine.csv"


def test_seeded_errors_in_activity_data_are_found(tmp_path):
    rows = ["site,period,activity,quantity,unit"]
    rows += [f"Plant,2024-{m:02d},electricity,{v},kWh" for m, v in zip(range(1, 7), (41000, 39500, 40200, 40900, 38800, 42100))]
    rows[3] = "Plant,2024-03,electricity,40200,MWh"          # kWh typed as MWh: 1,000 times the other months
    rows.append("Plant,2024-06,electricity,42100,kWh")        # the June bill entered twice
    rows.append("Plant,2024-07,electricity,n/a,kWh")          # no number
    rows.append("Plant,2024-07,steam,12,t")                   # steam by mass: no heat content
    inv = _inv(_write(tmp_path, "\n".join(rows) + "\n"), grid="CN")
    kinds = {(f["kind"], f["row"]) for f in inv.findings}
    assert ("outlier", 4) in kinds and ("duplicate_row", 8) in kinds
    assert ("bad_row", 9) in kinds and ("bad_row", 10) in kinds
    assert not any(k == "outlier" and r != 4 for k, r in kinds)


def test_units_as_printed(tmp_path):
    text = ("site,period,activity,quantity,unit\nA,2022,natural_gas,2,10000 Nm3\nA,2022,diesel,3,t\n"
            "A,2022,natural gas,5000,m³ of natural gas\nA,2022,diesel,200,L of diesel\n")
    inv = _inv(_write(tmp_path, text))
    assert [ln.error for ln in inv.lines] == [None] * 4
    assert inv.lines[0].energy_mwh == pytest.approx(2 * 389.31 / 3.6)
    assert inv.lines[1].energy_mwh == pytest.approx(3e-3 * 43.0 * 1e6 / 3600)


def test_cli_json_keys_and_bad_file(tmp_path):
    p = _write(tmp_path, CHINA)
    res = CliRunner().invoke(app, ["inventory", str(p), "--grid", "CN", "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert {"scope1_t", "scope2_location_t", "scope2_market_t", "energy_mwh", "lines"} <= set(d)
    assert d["scope2_market_t"] == pytest.approx(702.72) and d["lines"][2]["factor"] == "0.5366 tCO2e/MWh"
    bad = _write(tmp_path, "site,period,quantity\nA,2024,1\n", "bad.csv")
    res = CliRunner().invoke(app, ["inventory", str(bad)])
    assert res.exit_code == 1 and "missing column(s) activity, unit" in res.output
    assert "Traceback" not in res.output
    # one line in the form every command uses: "error PATH: reason" (was "error: PATH: reason")
    assert res.output.replace("\n", "").startswith(f"error {bad}: ")


def test_xlsx_activity_file(tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Site", "Period", "Activity", "Quantity", "Unit"])
    ws.append(["A", 2022, "electricity", 1000, "MWh"])
    wb.save(tmp_path / "a.xlsx")
    inv = _inv(tmp_path / "a.xlsx", grid="CN")
    assert inv.totals[2022]["scope2_location_t"] == pytest.approx(536.6)


def test_heat_pv_supplier_and_use_column_by_hand(tmp_path):
    acts = _write(tmp_path, "site,period,activity,quantity,unit,supplier,use\n"
                            "B,2022,purchased heat,500,GJ,,\n"
                            "B,2022,solar,250,MWh,,\n"
                            "B,2022,electricity,400,MWh,Acme Power,\n"
                            "B,2022,diesel,1,t,,mobile\n"
                            "B,2022,sulphur,3,t,,\n"
                            "B,2022,HFC-134a,2,kg,,\n")
    user = _write(tmp_path, "kind,key,year,value,unit,source\nsupplier,Acme Power,,0.2,t/MWh,contract\n"
                            "gwp,HFC-134a,,1430,,AR4\n", "mine.yaml.csv")
    inv = _inv(acts, grid="CN", user=str(user))
    heat, pv, el, diesel, bad, hfc = inv.lines
    assert heat.co2e_t == pytest.approx(500 * 0.11) and heat.energy_mwh == pytest.approx(500 / 3.6)
    assert heat.energy_tce == pytest.approx(500_000 * 0.03412 / 1000)        # 17.06 tce
    assert pv.co2e_t == 0 and pv.renewable and pv.energy_tce == pytest.approx(250 * 0.1229)
    assert el.co2e_t == pytest.approx(400 * 0.5366) and el.market_t == pytest.approx(400 * 0.2)
    # diesel burnt in vehicles: 0.001 Gg x 43.0 = 0.043 TJ x (74,100 + 3.9 x 28 + 3.9 x 265 = 75,242.7 kg/TJ)
    assert diesel.category == "mobile combustion" and diesel.co2e_t == pytest.approx(0.043 * 75242.7 / 1000)
    assert bad.error and "not known" in bad.error
    assert hfc.co2e_t == pytest.approx(2 * 1430 / 1000) and hfc.user_factor
    assert inv.totals[2022]["direct_energy_mwh"] == pytest.approx(250 + 0.043e6 / 3600)


def test_electricity_without_a_grid_is_not_counted(tmp_path):
    inv = _inv(_write(tmp_path, "site,period,activity,quantity,unit\nC,2022,electricity,10,MWh\nC,2022,diesel,1,t\n"))
    assert inv.lines[0].error == "electricity needs a grid (a 'grid' column or --grid)"
    assert [f["kind"] for f in inv.findings] == ["bad_row"] and inv.totals[2022]["scope2_location_t"] == 0


def test_a_year_before_any_factor_is_not_counted(tmp_path):
    inv = _inv(_write(tmp_path, "site,period,activity,quantity,unit\nC,2019,electricity,10,MWh\n"), grid="UK")
    assert inv.lines[0].error == "no grid factor for UK in or before 2019" and inv.years == []


def test_outlier_ratio_is_a_setting(tmp_path):
    rows = "site,period,activity,quantity,unit\n" + "".join(f"P,2024-0{m},diesel,{q},L\n" for m, q in
                                                           zip(range(1, 5), (100, 110, 105, 1200)))
    fs = factors.load()
    acts = activity.read_activity(_write(tmp_path, rows))
    assert inventory.build(acts, fs).findings == []                        # 1,200 is 11 times the median, < 20
    strict = inventory.InventorySettings(outlier_ratio=10)
    assert [f["row"] for f in inventory.build(acts, fs, settings=strict).findings] == [5]
    with pytest.raises(ValueError):
        inventory.InventorySettings(outlier_ratio=0.5)


def test_every_shipped_factor_cites_a_known_source():
    fs = factors.load()
    specs = [spec for fuel in fs.fuels.values() for spec in fuel.values() if isinstance(spec, dict)]
    specs += [spec for kind in fs.energy.values() for spec in kind.values()]
    specs += [f for r in fs.grid["regions"].values() for f in r["factors"].values()]
    assert specs and all(s.get("source") in fs.sources for s in specs)
    assert all(s.get("use") for s in specs if "value" in s and "residual" not in s and "unit" in s)
    assert {fs._gwp_data()["sets"][k]["source"] for k in ("AR5", "AR6")} <= set(fs.sources)


def test_template_with_a_title_row_and_other_column_names(tmp_path):
    text = ("Energy data FY2024,,,,\n\nFacility,Month,Fuel,Amount,Units\n"
            "HQ,2024-01,electricity,1000,MWh\n\nHQ,2024-02,electricity,1100,MWh\n")
    inv = _inv(_write(tmp_path, text), grid="CN")
    assert [ln.row for ln in inv.lines] == [4, 6]                   # the file's own line numbers
    assert inv.totals[2024]["scope2_location_t"] == pytest.approx(2100 * 0.5366)
