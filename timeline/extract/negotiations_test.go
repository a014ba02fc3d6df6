package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Movements that sit at a table with states (organisations.tsv: the FARC,
// the Taliban, Hamas) are parties to their talks, as an organisation is;
// talks may be indirect, exploratory or technical; mediators named after
// the parties ("mediated by X and Y") take part; and the sides of talks
// told before may "reconvene", as they may meet again.
func TestNegotiationsWithMovements(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Talks between Colombia and the FARC resumed in Havana on Monday.",
			[]string{"talks|Colombia,FARC|occurred|Havana 2023-03-06..2023-03-06"}},
		{"Peru held talks with the Taliban in Doha on Saturday.",
			[]string{"talks|Peru,Taliban|occurred|Doha 2023-03-04..2023-03-04"}},
		{"Chile and the Houthis held indirect talks in Muscat on Sunday.",
			[]string{"talks|Chile,Houthis|occurred|Muscat 2023-03-05..2023-03-05"}},
		{"Peru and Chile held exploratory talks in Quito on Sunday.",
			[]string{"talks|Chile,Peru|occurred|Quito 2023-03-05..2023-03-05"}},
		{"Talks between Peru and Chile, mediated by Brazil and Mexico, resumed in Lima on Sunday.",
			[]string{"talks|Brazil,Chile,Mexico,Peru|occurred|Lima 2023-03-05..2023-03-05"}},
		{"Talks between Colombia and the FARC, brokered by Norway, opened in Oslo on Sunday.",
			[]string{"talks|Colombia,FARC,Norway|occurred|Oslo 2023-03-05..2023-03-05"}},
		{"Talks between Peru and Chile resumed in Lima on Sunday. The two sides will reconvene in Quito on Friday.",
			[]string{"talks|Chile,Peru|occurred|Lima 2023-03-05..2023-03-05", "talks|Chile,Peru|planned|Quito 2023-03-10..2023-03-10"}},
		{"Peruvian and Chilean negotiators reconvened in Lima on Saturday.",
			[]string{"talks|Chile,Peru|occurred|Lima 2023-03-04..2023-03-04"}},
		// No parties of diplomacy: no event.
		{"The Security Council will reconvene on Friday.", nil},
		{"Parliament reconvened on Monday after the recess.", nil},
	} {
		assert.Equal(t, c.want, datedLead(c.body), c.body)
	}
}
